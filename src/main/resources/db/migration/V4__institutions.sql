-- Sirakor schema, part 4: the shared directory of institutions that organizers invite
-- (OPD, BKPSDM, Kejaksaan, TNI, Polri, courts, Kemenag, BPN, KASN/BKN, kecamatan, desa, ...).
-- Every logged-in user reads all of it; the owner unit maintains each row.
-- Phones are stored in E.164 (+62...).

CREATE TABLE institution (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    short_name    VARCHAR(80),
    type          VARCHAR(30)  NOT NULL,
    region_code   VARCHAR(13)  NOT NULL,
    parent_id     BIGINT,
    owner_unit_id BIGINT       NOT NULL,
    address       VARCHAR(300),
    email         VARCHAR(150),
    phone         VARCHAR(20),
    active        BOOLEAN      NOT NULL,
    version       BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uq_institution_owner_name_region UNIQUE (owner_unit_id, name, region_code),
    CONSTRAINT fk_institution_region FOREIGN KEY (region_code) REFERENCES region (code),
    CONSTRAINT fk_institution_parent FOREIGN KEY (parent_id) REFERENCES institution (id),
    CONSTRAINT fk_institution_owner FOREIGN KEY (owner_unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_institution_region ON institution (region_code);
CREATE INDEX ix_institution_parent ON institution (parent_id);
CREATE INDEX ix_institution_owner ON institution (owner_unit_id);
CREATE INDEX ix_institution_name ON institution (name);
CREATE INDEX ix_institution_type_region ON institution (type, region_code);

CREATE TABLE institution_contact (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    institution_id BIGINT       NOT NULL,
    name           VARCHAR(150) NOT NULL,
    position       VARCHAR(200),
    phone          VARCHAR(20),
    email          VARCHAR(150),
    sort_order     INT          NOT NULL,
    CONSTRAINT fk_institution_contact_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
);
CREATE INDEX ix_institution_contact_institution ON institution_contact (institution_id);
CREATE INDEX ix_institution_contact_name ON institution_contact (name);
