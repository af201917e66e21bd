-- Sirakor schema, part 1: organizer units, users, API tokens, the audit log.
-- Runs unchanged on H2 2.x, MariaDB 10.11+ and MySQL 8.x: keep to their common subset
-- (BIGINT AUTO_INCREMENT, DATETIME(6), VARCHAR, TEXT, BOOLEAN, named indexes).

CREATE TABLE org_unit (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    code          VARCHAR(40)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    short_name    VARCHAR(80),
    level         VARCHAR(20)  NOT NULL,
    parent_id     BIGINT,
    path          VARCHAR(500) NOT NULL,
    region_code   VARCHAR(13),
    address       VARCHAR(300),
    city          VARCHAR(100),
    phone         VARCHAR(40),
    email         VARCHAR(150),
    website       VARCHAR(150),
    head_title    VARCHAR(150),
    head_name     VARCHAR(150),
    active        BOOLEAN      NOT NULL,
    version       BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uq_org_unit_code UNIQUE (code),
    CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_org_unit_parent ON org_unit (parent_id);
CREATE INDEX ix_org_unit_path ON org_unit (path);
CREATE INDEX ix_org_unit_name ON org_unit (name);

CREATE TABLE app_user (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    username             VARCHAR(60)  NOT NULL,
    full_name            VARCHAR(150) NOT NULL,
    email                VARCHAR(150),
    phone                VARCHAR(20),
    password_hash        VARCHAR(300) NOT NULL,
    unit_id              BIGINT       NOT NULL,
    active               BOOLEAN      NOT NULL,
    failed_logins        INT          NOT NULL,
    locked_until         DATETIME(6),
    last_login_at        DATETIME(6),
    password_changed_at  DATETIME(6),
    must_change_password BOOLEAN      NOT NULL,
    preferred_locale     VARCHAR(10),
    version              BIGINT       NOT NULL,
    created_at           DATETIME(6)  NOT NULL,
    updated_at           DATETIME(6)  NOT NULL,
    CONSTRAINT uq_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_app_user_unit ON app_user (unit_id);
CREATE INDEX ix_app_user_full_name ON app_user (full_name);

CREATE TABLE app_user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(30) NOT NULL,
    CONSTRAINT pk_app_user_role PRIMARY KEY (user_id, role),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

CREATE TABLE api_token (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id      BIGINT      NOT NULL,
    name         VARCHAR(80) NOT NULL,
    token_prefix VARCHAR(12) NOT NULL,
    token_hash   CHAR(64)    NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    expires_at   DATETIME(6),
    last_used_at DATETIME(6),
    revoked_at   DATETIME(6),
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_api_token_user ON api_token (user_id);

-- One audit log for every feature. Each chain is a sequence of rows where
-- hash = SHA-256(prev_hash || canonical content); audit_chain holds the head and is locked
-- for update when a row is appended, so two writers can never fork the chain.
CREATE TABLE audit_chain (
    name      VARCHAR(40) NOT NULL PRIMARY KEY,
    last_seq  BIGINT      NOT NULL,
    last_hash CHAR(64)    NOT NULL
);

CREATE TABLE audit_entry (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    chain         VARCHAR(40)  NOT NULL,
    seq           BIGINT       NOT NULL,
    occurred_at   DATETIME(6)  NOT NULL,
    actor         VARCHAR(60)  NOT NULL,
    actor_unit_id BIGINT,
    action        VARCHAR(60)  NOT NULL,
    entity_type   VARCHAR(60)  NOT NULL,
    entity_id     VARCHAR(60),
    unit_id       BIGINT,
    summary       VARCHAR(500),
    before_state  TEXT,
    after_state   TEXT,
    client_ip     VARCHAR(64),
    prev_hash     CHAR(64)     NOT NULL,
    hash          CHAR(64)     NOT NULL,
    CONSTRAINT uq_audit_entry_chain_seq UNIQUE (chain, seq)
);
CREATE INDEX ix_audit_entry_entity ON audit_entry (entity_type, entity_id);
CREATE INDEX ix_audit_entry_unit ON audit_entry (unit_id);
CREATE INDEX ix_audit_entry_occurred ON audit_entry (occurred_at);

INSERT INTO audit_chain (name, last_seq, last_hash)
VALUES ('main', 0, '0000000000000000000000000000000000000000000000000000000000000000');
