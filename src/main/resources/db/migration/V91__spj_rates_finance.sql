-- issue 14 (SPJ): the unit's Standar Biaya Masukan (honorarium per hour per category and year), its PPh 21 rule,
-- transport rates per origin region, and the speakers' finance data (personal: only the owner unit's secretariat).
-- Amounts DECIMAL(15,2), percentages DECIMAL(5,2); never floating point (ADR 0092). Inheritance: ADR 0093.

CREATE TABLE spj_honor_rate (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id        BIGINT         NOT NULL,
    valid_year     INT            NOT NULL,
    category       VARCHAR(20)    NOT NULL,
    rate_per_hour  DECIMAL(15,2)  NOT NULL,
    updated_at     DATETIME(6)    NOT NULL,
    CONSTRAINT fk_spj_honor_rate_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT uq_spj_honor_rate UNIQUE (unit_id, valid_year, category)
);

CREATE TABLE spj_tax_rule (
    unit_id             BIGINT        NOT NULL PRIMARY KEY,
    pct_gol_1           DECIMAL(5,2)  NOT NULL,
    pct_gol_2           DECIMAL(5,2)  NOT NULL,
    pct_gol_3           DECIMAL(5,2)  NOT NULL,
    pct_gol_4           DECIMAL(5,2)  NOT NULL,
    pct_non_asn         DECIMAL(5,2)  NOT NULL,
    pct_non_asn_no_npwp DECIMAL(5,2)  NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    CONSTRAINT fk_spj_tax_rule_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);

CREATE TABLE spj_transport_rate (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id      BIGINT         NOT NULL,
    region_code  VARCHAR(13)    NOT NULL,
    amount       DECIMAL(15,2)  NOT NULL,
    updated_at   DATETIME(6)    NOT NULL,
    CONSTRAINT fk_spj_transport_rate_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT uq_spj_transport_rate UNIQUE (unit_id, region_code)
);

CREATE TABLE speaker_finance (
    speaker_id      BIGINT        NOT NULL PRIMARY KEY,
    asn             BOOLEAN       NOT NULL,
    golongan        VARCHAR(3),
    nip             VARCHAR(18),
    npwp            VARCHAR(20),
    category        VARCHAR(20),
    bank_name       VARCHAR(60),
    account_no      VARCHAR(30),
    account_holder  VARCHAR(150),
    updated_at      DATETIME(6)   NOT NULL,
    CONSTRAINT fk_speaker_finance_speaker FOREIGN KEY (speaker_id) REFERENCES speaker (id)
);
