-- Issue 10: a claimed mail holds a lease instead of a status that nothing resets. A node claims
-- a batch by writing its claim token and the lease's end; a node that dies mid-send leaves rows
-- whose lease runs out, and any node claims them again (platform/mail/Outbox).
ALTER TABLE mail_outbox ADD COLUMN claimed_by VARCHAR(80);
ALTER TABLE mail_outbox ADD COLUMN lease_until DATETIME(6);
CREATE INDEX ix_mail_outbox_lease ON mail_outbox (status, lease_until);
