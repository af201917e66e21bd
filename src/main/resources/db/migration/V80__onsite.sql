-- Sirakor schema, issue 16: on-site materials and notices.
-- Rundown (susunan acara) items, badge roles and the badge print log, the protocol precedence list
-- per unit, the officials seated by protocol, the seating layout per event, reminders sent and
-- schedule change notices sent (each at most once, by unique keys).

CREATE TABLE rundown_item (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    event_id   BIGINT        NOT NULL,
    day_date   DATE          NOT NULL,
    start_time TIME          NOT NULL,
    minutes    INT           NOT NULL,
    kind       VARCHAR(20)   NOT NULL,
    title      VARCHAR(300)  NOT NULL,
    person     VARCHAR(250),
    mc_note    VARCHAR(1000),
    version    BIGINT        NOT NULL,
    CONSTRAINT fk_rundown_event FOREIGN KEY (event_id) REFERENCES event (id)
);
CREATE INDEX ix_rundown_event ON rundown_item (event_id, day_date, start_time);

-- The role printed on a registration's badge; no row means Peserta.
CREATE TABLE badge_role (
    registration_id BIGINT      NOT NULL PRIMARY KEY,
    role            VARCHAR(12) NOT NULL,
    changed_at      DATETIME(6) NOT NULL,
    CONSTRAINT fk_badge_role_registration FOREIGN KEY (registration_id) REFERENCES registration (id)
);

CREATE TABLE badge_print (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    event_id    BIGINT       NOT NULL,
    printed_at  DATETIME(6)  NOT NULL,
    printed_by  VARCHAR(60)  NOT NULL,
    selection   VARCHAR(20)  NOT NULL,
    sheet       VARCHAR(10)  NOT NULL,
    badge_count INT          NOT NULL,
    CONSTRAINT fk_badge_print_event FOREIGN KEY (event_id) REFERENCES event (id)
);
CREATE INDEX ix_badge_print_event ON badge_print (event_id, printed_at);

CREATE TABLE precedence_rank (
    id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id BIGINT       NOT NULL,
    code    VARCHAR(40)  NOT NULL,
    label   VARCHAR(200) NOT NULL,
    rank_no INT          NOT NULL,
    CONSTRAINT uq_precedence UNIQUE (unit_id, code),
    CONSTRAINT fk_precedence_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);

CREATE TABLE seating_plan (
    event_id      BIGINT      NOT NULL PRIMARY KEY,
    layout        VARCHAR(12) NOT NULL,
    seats_per_row INT         NOT NULL,
    version       BIGINT      NOT NULL,
    CONSTRAINT fk_seating_event FOREIGN KEY (event_id) REFERENCES event (id)
);

CREATE TABLE seat_guest (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    event_id                BIGINT       NOT NULL,
    name                    VARCHAR(200) NOT NULL,
    position                VARCHAR(250) NOT NULL,
    precedence_code         VARCHAR(40)  NOT NULL,
    representative_name     VARCHAR(200),
    representative_position VARCHAR(250),
    sort_hint               INT          NOT NULL,
    version                 BIGINT       NOT NULL,
    CONSTRAINT fk_seat_guest_event FOREIGN KEY (event_id) REFERENCES event (id)
);
CREATE INDEX ix_seat_guest_event ON seat_guest (event_id);

CREATE TABLE reminder_sent (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    event_id        BIGINT      NOT NULL,
    registration_id BIGINT      NOT NULL,
    days_before     INT         NOT NULL,
    sent_at         DATETIME(6) NOT NULL,
    CONSTRAINT uq_reminder UNIQUE (registration_id, days_before),
    CONSTRAINT fk_reminder_event FOREIGN KEY (event_id) REFERENCES event (id),
    CONSTRAINT fk_reminder_registration FOREIGN KEY (registration_id) REFERENCES registration (id)
);

-- The schedule (dates, times, venue) as participants were last told it: the first row is the
-- baseline, each later row a change notice that went out once.
CREATE TABLE schedule_notice (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    event_id    BIGINT        NOT NULL,
    seq         INT           NOT NULL,
    fingerprint CHAR(64)      NOT NULL,
    schedule    VARCHAR(2000) NOT NULL,
    recipients  INT           NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    created_by  VARCHAR(60)   NOT NULL,
    CONSTRAINT uq_schedule_notice UNIQUE (event_id, seq),
    CONSTRAINT fk_schedule_notice_event FOREIGN KEY (event_id) REFERENCES event (id)
);

-- What each registration's badge showed when it was last printed (SHA-256 of name, institution,
-- role and ticket): "changed since the last print" compares it with what the badge would show now.
-- Not by time: MariaDB through Connector/J keeps whole seconds, and a change in the second of a
-- print would be lost.
CREATE TABLE badge_printed (
    registration_id BIGINT      NOT NULL PRIMARY KEY,
    event_id        BIGINT      NOT NULL,
    fingerprint     VARCHAR(64) NOT NULL,
    CONSTRAINT fk_badge_printed_registration FOREIGN KEY (registration_id) REFERENCES registration (id)
);
