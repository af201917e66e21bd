-- Sirakor schema, part 6: invitation quotas and online registration with a waitlist.
-- Seat accounting locks the event row, then counts; see registration/control/RegistrationService.

CREATE TABLE invitation (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    event_id       BIGINT      NOT NULL,
    institution_id BIGINT      NOT NULL,
    quota          INT         NOT NULL,
    status         VARCHAR(20) NOT NULL,
    created_at     DATETIME(6) NOT NULL,
    CONSTRAINT uq_invitation UNIQUE (event_id, institution_id),
    CONSTRAINT fk_invitation_event FOREIGN KEY (event_id) REFERENCES event (id),
    CONSTRAINT fk_invitation_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
);
CREATE INDEX ix_invitation_institution ON invitation (institution_id);

CREATE TABLE registration (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    event_id         BIGINT       NOT NULL,
    institution_id   BIGINT,
    institution_name VARCHAR(200) NOT NULL,
    front_title      VARCHAR(60),
    name             VARCHAR(150) NOT NULL,
    back_title       VARCHAR(80),
    position         VARCHAR(250),
    id_kind          VARCHAR(3)   NOT NULL,
    nip              VARCHAR(18),
    nik_cipher       VARCHAR(200),
    person_key       CHAR(64)     NOT NULL,
    phone            VARCHAR(20)  NOT NULL,
    email            VARCHAR(150) NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    idempotency_key  VARCHAR(80)  NOT NULL,
    token_hash       CHAR(64)     NOT NULL,
    consent_version  VARCHAR(20)  NOT NULL,
    consent_at       DATETIME(6)  NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    CONSTRAINT uq_registration_person UNIQUE (event_id, person_key),
    CONSTRAINT uq_registration_idempotency UNIQUE (idempotency_key),
    CONSTRAINT uq_registration_token UNIQUE (token_hash),
    CONSTRAINT fk_registration_event FOREIGN KEY (event_id) REFERENCES event (id),
    CONSTRAINT fk_registration_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
);
CREATE INDEX ix_registration_event_status ON registration (event_id, status, id);
CREATE INDEX ix_registration_institution ON registration (institution_id, status);
CREATE INDEX ix_registration_name ON registration (event_id, name);
