-- Sirakor schema, part 9: invitation letters with gap-free numbers, the institution operator's
-- delegates and substitutions, tickets, approval and the sources of a registration.

-- the letter signer's NIP and the unit's numbering scheme (see platform/document/LetterNumbers)
ALTER TABLE org_unit ADD COLUMN head_nip VARCHAR(18);
ALTER TABLE org_unit ADD COLUMN letter_pattern VARCHAR(120);

-- one row per unit and year; the next number is taken under this row's lock in the transaction
-- that issues the letter, so numbers are unique and gap-free (a rolled back issue returns it)
CREATE TABLE letter_counter (
    unit_id  BIGINT NOT NULL,
    year_no  INT    NOT NULL,
    last_seq INT    NOT NULL,
    PRIMARY KEY (unit_id, year_no),
    CONSTRAINT fk_letter_counter_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);

-- what the invitation letters of an event say besides the event itself
ALTER TABLE event ADD COLUMN requires_approval BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE event ADD COLUMN letter_subject VARCHAR(300);
ALTER TABLE event ADD COLUMN letter_nature VARCHAR(40);
ALTER TABLE event ADD COLUMN letter_copies VARCHAR(2000);

ALTER TABLE invitation ADD COLUMN letter_number VARCHAR(120);
ALTER TABLE invitation ADD COLUMN letter_date DATE;
ALTER TABLE invitation ADD COLUMN operator_token_hash CHAR(64);
ALTER TABLE invitation ADD COLUMN sent_to VARCHAR(150);
ALTER TABLE invitation ADD COLUMN sent_at DATETIME(6);
ALTER TABLE invitation ADD COLUMN opened_at DATETIME(6);
ALTER TABLE invitation ADD COLUMN delegates_at DATETIME(6);
ALTER TABLE invitation ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
CREATE UNIQUE INDEX uq_invitation_operator_token ON invitation (operator_token_hash);

-- an institution operator account acts for one institution
ALTER TABLE app_user ADD COLUMN institution_id BIGINT;
ALTER TABLE app_user ADD CONSTRAINT fk_app_user_institution FOREIGN KEY (institution_id) REFERENCES institution (id);

-- source: ONLINE (public form), DELEGATE (named by the operator), MANUAL (secretariat), IMPORT (Excel)
ALTER TABLE registration ADD COLUMN source VARCHAR(10) DEFAULT 'ONLINE' NOT NULL;
ALTER TABLE registration ADD COLUMN invitation_id BIGINT;
-- a substitute points at the delegate whose seat it took ("diwakili oleh")
ALTER TABLE registration ADD COLUMN replaces_id BIGINT;
ALTER TABLE registration ADD COLUMN ticket_code VARCHAR(16);
ALTER TABLE registration ADD COLUMN changed_by VARCHAR(150);
ALTER TABLE registration ADD CONSTRAINT fk_registration_invitation FOREIGN KEY (invitation_id) REFERENCES invitation (id);
ALTER TABLE registration ADD CONSTRAINT fk_registration_replaces FOREIGN KEY (replaces_id) REFERENCES registration (id);
CREATE UNIQUE INDEX uq_registration_ticket ON registration (ticket_code);
CREATE INDEX ix_registration_invitation ON registration (invitation_id, status);

-- attachments are rendered when the mail is sent: a list of "kind:id" references
ALTER TABLE mail_outbox ADD COLUMN attachments VARCHAR(500);
