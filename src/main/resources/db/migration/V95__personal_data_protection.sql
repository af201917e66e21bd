-- issue 17, data protection (UU 27/2022; ADR 0096, 0097).
-- Who viewed or exported participants' personal data: its own table, not the hash-chained audit
-- log (a page view must not lock the chain head). Purged after 24 months (PersonalDataLog).
CREATE TABLE personal_data_access (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    at          DATETIME(6)  NOT NULL,
    username    VARCHAR(100) NOT NULL,
    roles       VARCHAR(120) NOT NULL,
    actor_unit  BIGINT,
    unit_id     BIGINT,
    event_id    BIGINT,
    subject     VARCHAR(40)  NOT NULL,
    access      VARCHAR(10)  NOT NULL,
    persons     INT          NOT NULL,
    client_ip   VARCHAR(45)
);
CREATE INDEX ix_pd_access_at ON personal_data_access (at);
CREATE INDEX ix_pd_access_unit ON personal_data_access (unit_id, at);
CREATE INDEX ix_pd_access_user ON personal_data_access (username, at);

-- A participant's request to delete their data, made by the personal link; carried out by the
-- unit's data protection officer (PDP) or ADMIN: REQUESTED -> DONE | REJECTED.
CREATE TABLE deletion_request (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    registration_id  BIGINT        NOT NULL,
    event_id         BIGINT        NOT NULL,
    unit_id          BIGINT        NOT NULL,
    pseudonym        VARCHAR(40)   NOT NULL,
    reason           VARCHAR(500)  NOT NULL,
    status           VARCHAR(10)   NOT NULL,
    requested_at     DATETIME(6)   NOT NULL,
    decided_at       DATETIME(6),
    decided_by       VARCHAR(100),
    persons_rows     INT,
    CONSTRAINT fk_deletion_request_registration FOREIGN KEY (registration_id) REFERENCES registration (id)
);
CREATE INDEX ix_deletion_request_unit ON deletion_request (unit_id, status);

-- retention per event: months after its last day, then the participants are anonymized; null = the
-- default (24). anonymized_at: when that was done (the retention job's mark, once per event).
ALTER TABLE event ADD COLUMN retention_months INT;
ALTER TABLE event ADD COLUMN anonymized_at DATETIME(6);
ALTER TABLE registration ADD COLUMN anonymized_at DATETIME(6);
