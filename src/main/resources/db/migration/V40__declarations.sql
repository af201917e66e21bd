-- Sirakor schema, part 40: declarations and signed commitments (issue 12), and the public
-- verification register that every signed document (declarations now; minutes, certificates and
-- reports later) is entered into.

-- a unit's own templates; the built-in ones live in the code (declaration/control/Templates)
CREATE TABLE declaration_template (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id     BIGINT        NOT NULL,
    title       VARCHAR(300)  NOT NULL,
    opening     TEXT          NOT NULL,
    points      TEXT          NOT NULL,
    closing     TEXT,
    created_at  DATETIME(6)   NOT NULL,
    CONSTRAINT fk_decl_template_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);

-- DRAFT (text editable) -> OPEN (text frozen, text_hash fixed) -> FINAL (signed PDF) ; REVOKED
CREATE TABLE declaration (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id       BIGINT        NOT NULL,
    event_id      BIGINT,
    template_key  VARCHAR(40)   NOT NULL,
    title         VARCHAR(300)  NOT NULL,
    opening       TEXT          NOT NULL,
    points        TEXT          NOT NULL,
    closing       TEXT,
    place         VARCHAR(100)  NOT NULL,
    decl_date     DATE          NOT NULL,
    status        VARCHAR(10)   NOT NULL,
    text_hash     CHAR(64),
    frozen_at     DATETIME(6),
    board_token   VARCHAR(40)   NOT NULL,
    verify_code   VARCHAR(12)   NOT NULL,
    final_file    VARCHAR(64),
    finalized_at  DATETIME(6),
    created_at    DATETIME(6)   NOT NULL,
    version       BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT fk_declaration_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_declaration_event FOREIGN KEY (event_id) REFERENCES event (id)
);
CREATE UNIQUE INDEX uq_declaration_board ON declaration (board_token);
CREATE UNIQUE INDEX uq_declaration_verify ON declaration (verify_code);

-- PENDING -> SENT (link mailed) -> SIGNED | DECLINED ; CLOSED when finalized unsigned
CREATE TABLE declaration_signer (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    declaration_id     BIGINT        NOT NULL,
    seq                INT           NOT NULL,
    name               VARCHAR(150)  NOT NULL,
    nip                VARCHAR(18),
    position           VARCHAR(200)  NOT NULL,
    region_code        VARCHAR(13),
    email              VARCHAR(150),
    status             VARCHAR(10)   NOT NULL,
    representation     VARCHAR(10),
    rep_name           VARCHAR(150),
    rep_position       VARCHAR(200),
    token_hash         CHAR(64),
    token_expires_at   DATETIME(6),
    code_hash          CHAR(64),
    code_expires_at    DATETIME(6),
    code_attempts      INT DEFAULT 0 NOT NULL,
    codes_sent         INT DEFAULT 0 NOT NULL,
    code_sent_at       DATETIME(6),
    code_verified_at   DATETIME(6),
    sent_at            DATETIME(6),
    opened_at          DATETIME(6),
    signed_at          DATETIME(6),
    signed_mode        VARCHAR(10),
    signed_name        VARCHAR(150),
    signed_ip          VARCHAR(45),
    signed_agent       VARCHAR(300),
    signature_file     VARCHAR(64),
    declined_at        DATETIME(6),
    decline_reason     VARCHAR(500),
    version            BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT fk_decl_signer_decl FOREIGN KEY (declaration_id) REFERENCES declaration (id)
);
CREATE UNIQUE INDEX uq_decl_signer_token ON declaration_signer (token_hash);
CREATE INDEX ix_decl_signer_decl ON declaration_signer (declaration_id, seq);

-- the public verification register (platform/verification): a short code printed as QR on a
-- signed document resolves to what was signed
CREATE TABLE verifiable_document (
    code            VARCHAR(12)   NOT NULL PRIMARY KEY,
    kind            VARCHAR(20)   NOT NULL,
    ref_id          BIGINT        NOT NULL,
    title           VARCHAR(300)  NOT NULL,
    issuer          VARCHAR(200)  NOT NULL,
    summary         TEXT,
    sha256          CHAR(64)      NOT NULL,
    file_key        VARCHAR(64)   NOT NULL,
    signed_by       VARCHAR(300)  NOT NULL,
    signed_at       DATETIME(6)   NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    revoked_at      DATETIME(6),
    revoke_reason   VARCHAR(500)
);
CREATE INDEX ix_verifiable_sha ON verifiable_document (sha256);
