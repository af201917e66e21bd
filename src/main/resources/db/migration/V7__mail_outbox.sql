-- Sirakor schema, part 7: the one mail outbox. Features write a row in their own transaction;
-- a background sender delivers it and retries with back-off, so a mail server outage never loses
-- or blocks the work that wanted to send mail.
CREATE TABLE mail_outbox (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind            VARCHAR(40)  NOT NULL,
    ref_id          BIGINT,
    to_address      VARCHAR(150) NOT NULL,
    subject         VARCHAR(300) NOT NULL,
    body_text       TEXT         NOT NULL,
    status          VARCHAR(10)  NOT NULL,
    attempts        INT          NOT NULL,
    next_attempt_at DATETIME(6)  NOT NULL,
    last_error      VARCHAR(500),
    created_at      DATETIME(6)  NOT NULL,
    sent_at         DATETIME(6)
);
CREATE INDEX ix_mail_outbox_due ON mail_outbox (status, next_attempt_at);
CREATE INDEX ix_mail_outbox_ref ON mail_outbox (kind, ref_id);
