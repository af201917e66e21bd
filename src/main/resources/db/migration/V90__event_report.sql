-- issue 14: the laporan kegiatan of an event. One row per event holds only what the secretariat writes
-- (the free-text parts); everything else in the report is read from the event's data when it is
-- generated. file_key/verify_code are set when the report is finalized (signed PDF kept, registered
-- for verification); saving the texts again clears them (ADR 0091).
CREATE TABLE event_report (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    event_id        BIGINT        NOT NULL,
    background      TEXT          NOT NULL,
    legal_basis     TEXT          NOT NULL,
    purpose         TEXT          NOT NULL,
    conclusion      TEXT          NOT NULL,
    recommendation  TEXT          NOT NULL,
    file_key        VARCHAR(64),
    verify_code     VARCHAR(16),
    signed_at       DATETIME(6),
    signed_by       VARCHAR(100),
    updated_by      VARCHAR(100)  NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    version         BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT fk_event_report_event FOREIGN KEY (event_id) REFERENCES event (id),
    CONSTRAINT uq_event_report_event UNIQUE (event_id)
);
