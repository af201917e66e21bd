-- Sirakor schema, part 33: the door-staff role (PETUGAS). A PETUGAS account is bound to the one
-- event whose door it works (ADR 0033); other roles have none.
ALTER TABLE app_user ADD COLUMN assigned_event_id BIGINT;
ALTER TABLE app_user ADD CONSTRAINT fk_app_user_assigned_event FOREIGN KEY (assigned_event_id) REFERENCES event (id);
