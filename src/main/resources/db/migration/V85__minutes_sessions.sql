-- issue 13 (continued): minutes per session of the timetable, points raised (by a speaker or a
-- participant/institution, possibly a sumbang saran), suggestions from the personal page,
-- attachments (photos, slides) and the minute taker's own signature beside the chair's.

-- the minute taker's position and when they signed (submitted) this version; cleared on a return
ALTER TABLE minutes ADD COLUMN taker_position VARCHAR(200);
ALTER TABLE minutes ADD COLUMN taker_signed_at DATETIME(6);

-- one row per (version, timetable session); the session title is kept so an approved version
-- still reads the same when the timetable changes later
CREATE TABLE minutes_session (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    minutes_id    BIGINT        NOT NULL,
    session_id    BIGINT        NOT NULL,
    session_title VARCHAR(300)  NOT NULL,
    summary       TEXT,
    decisions     TEXT,
    CONSTRAINT fk_minutes_session_minutes FOREIGN KEY (minutes_id) REFERENCES minutes (id)
);
CREATE UNIQUE INDEX uq_minutes_session ON minutes_session (minutes_id, session_id);

-- a point raised in a session: by whom (SPEAKER or PARTICIPANT, name and/or institution), the text;
-- suggestion_id when it was taken from a participant's sumbang saran
CREATE TABLE minutes_point (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    minutes_id    BIGINT        NOT NULL,
    session_id    BIGINT        NOT NULL,
    seq           INT           NOT NULL,
    by_kind       VARCHAR(12)   NOT NULL,
    by_name       VARCHAR(250)  NOT NULL,
    body          VARCHAR(2000) NOT NULL,
    suggestion_id BIGINT,
    CONSTRAINT fk_minutes_point_minutes FOREIGN KEY (minutes_id) REFERENCES minutes (id)
);
CREATE INDEX ix_minutes_point ON minutes_point (minutes_id, session_id, seq);

-- a sumbang saran a confirmed participant sent from the personal page (optionally for a session)
CREATE TABLE minutes_suggestion (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    event_id        BIGINT        NOT NULL,
    registration_id BIGINT        NOT NULL,
    session_id      BIGINT,
    author          VARCHAR(250)  NOT NULL,
    institution     VARCHAR(200),
    body            VARCHAR(1000) NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    CONSTRAINT fk_suggestion_event FOREIGN KEY (event_id) REFERENCES event (id),
    CONSTRAINT fk_suggestion_registration FOREIGN KEY (registration_id) REFERENCES registration (id)
);
CREATE INDEX ix_suggestion_event ON minutes_suggestion (event_id, created_at);
CREATE INDEX ix_suggestion_registration ON minutes_suggestion (registration_id, created_at);

-- photos (JPEG/PNG) and slides (PDF) of a version, for the whole meeting or one session
CREATE TABLE minutes_attachment (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    minutes_id    BIGINT        NOT NULL,
    session_id    BIGINT,
    seq           INT           NOT NULL,
    content_type  VARCHAR(40)   NOT NULL,
    file_key      VARCHAR(64)   NOT NULL,
    file_name     VARCHAR(200)  NOT NULL,
    caption       VARCHAR(300),
    size_bytes    BIGINT        NOT NULL,
    CONSTRAINT fk_minutes_attachment_minutes FOREIGN KEY (minutes_id) REFERENCES minutes (id)
);
CREATE INDEX ix_minutes_attachment ON minutes_attachment (minutes_id, seq);
