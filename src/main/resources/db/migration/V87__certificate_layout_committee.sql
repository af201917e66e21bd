-- issue 13 (certificates): positioned fields, and the committee members who receive a PANITIA certificate.
-- layout: JSON of CertificateLayout (x, y, size, w, align, hidden per field, millimetres on A4 landscape); NULL = the default page.
ALTER TABLE certificate_design ADD COLUMN layout TEXT;

-- committee members entered by the secretariat (holder key P<id>); removing one does not touch an issued certificate
CREATE TABLE certificate_committee (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    event_id     BIGINT        NOT NULL,
    name         VARCHAR(250)  NOT NULL,
    institution  VARCHAR(200),
    email        VARCHAR(150),
    created_at   DATETIME(6)   NOT NULL,
    CONSTRAINT fk_cert_committee_event FOREIGN KEY (event_id) REFERENCES event (id)
);
CREATE INDEX ix_cert_committee_event ON certificate_committee (event_id);
