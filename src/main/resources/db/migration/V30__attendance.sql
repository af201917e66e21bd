-- Sirakor schema, part 30: attendance (check-in per day and session, walk-ins, signatures,
-- hand marks with a reason, check-out) and the certificate eligibility rule per event.

-- the rule per event (no row: ALL_DAYS, no check-out, per day only): ALL_DAYS (present on every
-- day), SESSIONS (at least threshold % of the sessions), MINUTES (at least threshold minutes,
-- check-in to check-out added up over the days); counts_sessions: check-in per session as well;
-- checks_out: the door also records leaving
CREATE TABLE attendance_setting (
    event_id        BIGINT      NOT NULL PRIMARY KEY,
    rule_kind       VARCHAR(10) NOT NULL,
    threshold       INT,
    counts_sessions BOOLEAN     DEFAULT FALSE NOT NULL,
    checks_out      BOOLEAN     DEFAULT FALSE NOT NULL,
    CONSTRAINT fk_attendance_setting_event FOREIGN KEY (event_id) REFERENCES event (id)
);

-- one row per person and day (slot_key 'D<dayId>') or session ('S<sessionId>'); the unique key
-- makes two devices scanning one ticket at once one record; idempotency_key makes a replayed
-- offline queue one record
CREATE TABLE attendance (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    event_id        BIGINT       NOT NULL,
    registration_id BIGINT       NOT NULL,
    day_id          BIGINT       NOT NULL,
    session_id      BIGINT,
    slot_key        VARCHAR(24)  NOT NULL,
    checked_in_at   DATETIME(6)  NOT NULL,
    checked_out_at  DATETIME(6),
    method          VARCHAR(10)  NOT NULL,
    reason          VARCHAR(300),
    idempotency_key VARCHAR(80),
    device          VARCHAR(60),
    recorded_by     VARCHAR(100) NOT NULL,
    signature_png   MEDIUMBLOB,
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT fk_attendance_event FOREIGN KEY (event_id) REFERENCES event (id),
    CONSTRAINT fk_attendance_registration FOREIGN KEY (registration_id) REFERENCES registration (id),
    CONSTRAINT fk_attendance_day FOREIGN KEY (day_id) REFERENCES event_day (id),
    CONSTRAINT fk_attendance_session FOREIGN KEY (session_id) REFERENCES event_session (id)
);
CREATE UNIQUE INDEX uq_attendance_slot ON attendance (registration_id, slot_key);
CREATE UNIQUE INDEX uq_attendance_key ON attendance (idempotency_key);
CREATE INDEX ix_attendance_event_day ON attendance (event_id, day_id);

-- the secretariat's decision against the rule, with its reason (also in the audit log)
CREATE TABLE attendance_override (
    registration_id BIGINT       NOT NULL PRIMARY KEY,
    eligible        BOOLEAN      NOT NULL,
    reason          VARCHAR(300) NOT NULL,
    decided_by      VARCHAR(100) NOT NULL,
    decided_at      DATETIME(6)  NOT NULL,
    CONSTRAINT fk_attendance_override_registration FOREIGN KEY (registration_id) REFERENCES registration (id)
);
