-- Sirakor schema, part 2: the official region tree (Kemendagri codes), from idn-area-data.
-- province '13', regency/city '13.75', district '13.75.01', village '13.75.01.1001'.
-- The rows are loaded by the Java migration db.migration.V3__Load_regions.
-- time_zone is set on provinces only; lower levels take their province's zone.

CREATE TABLE region (
    code        VARCHAR(13)  NOT NULL PRIMARY KEY,
    parent_code VARCHAR(13),
    level       VARCHAR(10)  NOT NULL,
    name        VARCHAR(120) NOT NULL,
    name_lower  VARCHAR(120) NOT NULL,
    time_zone   VARCHAR(20),
    CONSTRAINT fk_region_parent FOREIGN KEY (parent_code) REFERENCES region (code)
);
CREATE INDEX ix_region_parent ON region (parent_code);
CREATE INDEX ix_region_level_name ON region (level, name_lower);
CREATE INDEX ix_region_name ON region (name_lower);
