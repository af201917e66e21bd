-- Sirakor schema, issue 16: numbered change notice and cancellation letters, event cancellation.
-- A notice letter is issued per invitation whose surat undangan was issued: a new gap-free number
-- (letter_counter, ADR 0013) that refers to that invitation; the PDF is kept as issued (ADR 0016).

ALTER TABLE event ADD COLUMN cancel_reason VARCHAR(1000);
ALTER TABLE event ADD COLUMN cancelled_at DATETIME(6);
ALTER TABLE event ADD COLUMN cancelled_by VARCHAR(60);

-- CHANGE (a schedule change told) or CANCEL (the event cancelled); both raise the calendar SEQUENCE.
ALTER TABLE schedule_notice ADD COLUMN kind VARCHAR(10) DEFAULT 'CHANGE' NOT NULL;
-- The told schedule per day as "date<TAB>time<TAB>place" lines: the letters' before/after table.
ALTER TABLE schedule_notice ADD COLUMN day_rows VARCHAR(2000);

CREATE TABLE notice_letter (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    event_id      BIGINT       NOT NULL,
    notice_id     BIGINT       NOT NULL,
    kind          VARCHAR(10)  NOT NULL,
    invitation_id BIGINT       NOT NULL,
    letter_number VARCHAR(120) NOT NULL,
    letter_date   DATE         NOT NULL,
    letter_file   VARCHAR(64)  NOT NULL,
    sent_to       VARCHAR(254),
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uq_notice_letter UNIQUE (notice_id, invitation_id),
    CONSTRAINT fk_notice_letter_event FOREIGN KEY (event_id) REFERENCES event (id),
    CONSTRAINT fk_notice_letter_notice FOREIGN KEY (notice_id) REFERENCES schedule_notice (id),
    CONSTRAINT fk_notice_letter_invitation FOREIGN KEY (invitation_id) REFERENCES invitation (id)
);
CREATE INDEX ix_notice_letter_event ON notice_letter (event_id);
