-- Sirakor schema, issue 16: the badge designer. One row per event (none: the defaults of
-- BadgeDesign): the sheet, which fields a badge shows, the band colour of each role, and the
-- event's logo (a file store key; none: the organizer's monogram).

CREATE TABLE badge_design (
    event_id          BIGINT      NOT NULL PRIMARY KEY,
    sheet             VARCHAR(10) NOT NULL,
    show_institution  BOOLEAN     NOT NULL,
    show_role         BOOLEAN     NOT NULL,
    show_dates        BOOLEAN     NOT NULL,
    colour_peserta    VARCHAR(7)  NOT NULL,
    colour_narasumber VARCHAR(7)  NOT NULL,
    colour_panitia    VARCHAR(7)  NOT NULL,
    colour_pers       VARCHAR(7)  NOT NULL,
    colour_vip        VARCHAR(7)  NOT NULL,
    logo_file         VARCHAR(64),
    updated_at        DATETIME(6) NOT NULL,
    version           BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT fk_badge_design_event FOREIGN KEY (event_id) REFERENCES event (id)
);
