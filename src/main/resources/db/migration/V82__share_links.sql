-- Sirakor schema, issue 16: a second personal link per registration for WhatsApp messages (ADR 0084).
-- The mailed link is kept only as a hash and cannot be shown again; the share link is kept as a hash
-- (for the lookup) and encrypted under the data key (so the secretariat can copy it again).
ALTER TABLE registration ADD COLUMN share_token_hash CHAR(64);
ALTER TABLE registration ADD COLUMN share_token_cipher VARCHAR(200);
CREATE INDEX ix_registration_share_token ON registration (share_token_hash);
