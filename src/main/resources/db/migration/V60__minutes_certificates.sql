-- issue 13: minutes (notula rapat) with versions and an approval workflow, follow-ups, and
-- certificates (design per event, gap-free numbers, issued certificates).

-- one row per version; DRAFT -> REVIEW -> APPROVED (locked); a change after approval makes a new
-- DRAFT with version_no + 1 and the approved one becomes SUPERSEDED once the new one is approved
CREATE TABLE minutes (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    event_id       BIGINT        NOT NULL,
    version_no     INT           NOT NULL,
    status         VARCHAR(12)   NOT NULL,
    taker          VARCHAR(100)  NOT NULL,
    taker_name     VARCHAR(150)  NOT NULL,
    chair_name     VARCHAR(150),
    chair_position VARCHAR(200),
    opening        TEXT,
    summary        TEXT,
    points         TEXT,
    decisions      TEXT,
    chair_comment  TEXT,
    approved_by    VARCHAR(100),
    approved_at    DATETIME(6),
    file_key       VARCHAR(64),
    verify_code    VARCHAR(12),
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    version        BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT fk_minutes_event FOREIGN KEY (event_id) REFERENCES event (id)
);
CREATE UNIQUE INDEX uq_minutes_version ON minutes (event_id, version_no);

CREATE TABLE minutes_followup (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    minutes_id   BIGINT        NOT NULL,
    seq          INT           NOT NULL,
    action       VARCHAR(500)  NOT NULL,
    responsible  VARCHAR(200)  NOT NULL,
    due_date     DATE,
    status       VARCHAR(10)   NOT NULL,
    CONSTRAINT fk_followup_minutes FOREIGN KEY (minutes_id) REFERENCES minutes (id)
);
CREATE INDEX ix_followup_minutes ON minutes_followup (minutes_id, seq);

-- the certificate design of an event and its gap-free counter (row-locked while numbering)
CREATE TABLE certificate_design (
    event_id         BIGINT        NOT NULL PRIMARY KEY,
    heading          VARCHAR(100)  NOT NULL,
    intro            VARCHAR(200)  NOT NULL,
    signer_name      VARCHAR(150)  NOT NULL,
    signer_position  VARCHAR(200)  NOT NULL,
    signer_place     VARCHAR(100),
    number_pattern   VARCHAR(100)  NOT NULL,
    accent           VARCHAR(7)    NOT NULL,
    background_file  VARCHAR(64),
    logo_file        VARCHAR(64),
    signature_file   VARCHAR(64),
    name_y           INT           NOT NULL,
    counter          INT           NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    version          BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT fk_cert_design_event FOREIGN KEY (event_id) REFERENCES event (id)
);

-- VALID or REVOKED; holder_key is R<registration id> or S<speaker id>: one valid certificate per holder
CREATE TABLE certificate (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    event_id       BIGINT        NOT NULL,
    seq            INT           NOT NULL,
    number         VARCHAR(120)  NOT NULL,
    holder_key     VARCHAR(30)   NOT NULL,
    holder_name    VARCHAR(250)  NOT NULL,
    institution    VARCHAR(200),
    email          VARCHAR(150),
    role           VARCHAR(12)   NOT NULL,
    status         VARCHAR(10)   NOT NULL,
    verify_code    VARCHAR(12)   NOT NULL,
    file_key       VARCHAR(64)   NOT NULL,
    issued_at      DATETIME(6)   NOT NULL,
    revoked_at     DATETIME(6),
    revoke_reason  VARCHAR(500),
    replaces_id    BIGINT,
    CONSTRAINT fk_certificate_event FOREIGN KEY (event_id) REFERENCES event (id)
);
CREATE UNIQUE INDEX uq_certificate_seq ON certificate (event_id, seq);
CREATE INDEX ix_certificate_holder ON certificate (event_id, holder_key);
