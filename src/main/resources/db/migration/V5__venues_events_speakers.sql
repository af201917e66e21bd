-- Sirakor schema, part 5: hotel venues and halls, speakers, events with days, hall bookings,
-- sessions (timetable), speaker slots with representation, materials.
-- Times are instants (UTC) in DATETIME(6); each event renders them in its venue's time zone.

CREATE TABLE venue (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    owner_unit_id BIGINT       NOT NULL,
    name          VARCHAR(200) NOT NULL,
    address       VARCHAR(300),
    region_code   VARCHAR(13)  NOT NULL,
    time_zone     VARCHAR(40)  NOT NULL,
    latitude      DECIMAL(9, 6),
    longitude     DECIMAL(9, 6),
    phone         VARCHAR(20),
    email         VARCHAR(150),
    contact_name  VARCHAR(150),
    website       VARCHAR(200),
    active        BOOLEAN      NOT NULL,
    version       BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    CONSTRAINT fk_venue_owner FOREIGN KEY (owner_unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_venue_owner ON venue (owner_unit_id);
CREATE INDEX ix_venue_region ON venue (region_code);
CREATE INDEX ix_venue_name ON venue (name);

CREATE TABLE hall (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    venue_id            BIGINT       NOT NULL,
    name                VARCHAR(120) NOT NULL,
    floor               VARCHAR(40),
    capacity_theatre    INT,
    capacity_classroom  INT,
    capacity_ushape     INT,
    capacity_roundtable INT,
    active              BOOLEAN      NOT NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT fk_hall_venue FOREIGN KEY (venue_id) REFERENCES venue (id)
);
CREATE INDEX ix_hall_venue ON hall (venue_id);

CREATE TABLE speaker (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    owner_unit_id    BIGINT       NOT NULL,
    front_title      VARCHAR(60),
    name             VARCHAR(150) NOT NULL,
    back_title       VARCHAR(80),
    rank_title       VARCHAR(40),
    position         VARCHAR(250),
    institution_name VARCHAR(200),
    email            VARCHAR(150),
    phone            VARCHAR(20),
    bio              TEXT,
    user_id          BIGINT,
    version          BIGINT       NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    CONSTRAINT fk_speaker_owner FOREIGN KEY (owner_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_speaker_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_speaker_owner ON speaker (owner_unit_id);
CREATE INDEX ix_speaker_user ON speaker (user_id);
CREATE INDEX ix_speaker_name ON speaker (name);

CREATE TABLE event (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id       BIGINT       NOT NULL,
    slug          VARCHAR(120) NOT NULL,
    type          VARCHAR(30)  NOT NULL,
    title         VARCHAR(300) NOT NULL,
    theme         VARCHAR(300),
    description   TEXT,
    status        VARCHAR(20)  NOT NULL,
    time_zone     VARCHAR(40)  NOT NULL,
    capacity      INT,
    budget_line   VARCHAR(120),
    cloned_from   BIGINT,
    published_at  DATETIME(6),
    version       BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uq_event_slug UNIQUE (slug),
    CONSTRAINT fk_event_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_event_unit ON event (unit_id);
CREATE INDEX ix_event_status ON event (status);

-- One row per event day: the date, the hall booked and the time window. The booking of a hall
-- is this row; overlapping rows for one hall are refused while the hall row is locked.
CREATE TABLE event_day (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    event_id  BIGINT      NOT NULL,
    day_date  DATE        NOT NULL,
    hall_id   BIGINT,
    starts_at DATETIME(6) NOT NULL,
    ends_at   DATETIME(6) NOT NULL,
    CONSTRAINT fk_event_day_event FOREIGN KEY (event_id) REFERENCES event (id),
    CONSTRAINT fk_event_day_hall FOREIGN KEY (hall_id) REFERENCES hall (id),
    CONSTRAINT uq_event_day UNIQUE (event_id, day_date)
);
CREATE INDEX ix_event_day_event ON event_day (event_id);
CREATE INDEX ix_event_day_hall ON event_day (hall_id, starts_at);

CREATE TABLE event_session (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    event_id     BIGINT       NOT NULL,
    event_day_id BIGINT       NOT NULL,
    starts_at    DATETIME(6)  NOT NULL,
    ends_at      DATETIME(6)  NOT NULL,
    title        VARCHAR(300) NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    description  TEXT,
    moderator_id BIGINT,
    version      BIGINT       NOT NULL,
    CONSTRAINT fk_session_event FOREIGN KEY (event_id) REFERENCES event (id),
    CONSTRAINT fk_session_day FOREIGN KEY (event_day_id) REFERENCES event_day (id),
    CONSTRAINT fk_session_moderator FOREIGN KEY (moderator_id) REFERENCES speaker (id)
);
CREATE INDEX ix_session_event ON event_session (event_id, starts_at);
CREATE INDEX ix_session_day ON event_session (event_day_id);
CREATE INDEX ix_session_moderator ON event_session (moderator_id);

-- A speaker slot: the official invited to speak, and who actually spoke for them ("diwakili oleh").
CREATE TABLE session_speaker (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id        BIGINT NOT NULL,
    speaker_id        BIGINT NOT NULL,
    represented_by_id BIGINT,
    sort_order        INT    NOT NULL,
    CONSTRAINT fk_slot_session FOREIGN KEY (session_id) REFERENCES event_session (id),
    CONSTRAINT fk_slot_speaker FOREIGN KEY (speaker_id) REFERENCES speaker (id),
    CONSTRAINT fk_slot_representative FOREIGN KEY (represented_by_id) REFERENCES speaker (id)
);
CREATE INDEX ix_slot_session ON session_speaker (session_id);
CREATE INDEX ix_slot_speaker ON session_speaker (speaker_id);
CREATE INDEX ix_slot_representative ON session_speaker (represented_by_id);

CREATE TABLE speaker_material (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id   BIGINT       NOT NULL,
    speaker_id   BIGINT       NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    published    BOOLEAN      NOT NULL,
    uploaded_by  VARCHAR(60)  NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_material_session FOREIGN KEY (session_id) REFERENCES event_session (id),
    CONSTRAINT fk_material_speaker FOREIGN KEY (speaker_id) REFERENCES speaker (id)
);
CREATE INDEX ix_material_session ON speaker_material (session_id);
CREATE INDEX ix_material_speaker ON speaker_material (speaker_id);
