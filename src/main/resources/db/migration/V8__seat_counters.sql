-- Sirakor schema, part 8: seat and quota counters in rows, so a seat is decided by one conditional
-- UPDATE of a counter row (UPDATE ... SET confirmed = confirmed + 1 WHERE ... AND confirmed < capacity)
-- instead of COUNT(*) under the event lock; and a per-event waitlist number, so arrival order and a
-- new waiting person's place need no COUNT either. Only registration/control/SeatLedger changes
-- these counters; RegistrationConcurrencyIT checks that they equal the counts of the rows.

-- One row per event (created by SeatLedger on first use; filled here for the existing events).
-- No foreign key points at it, so registrations inserted for the event never lock it.
CREATE TABLE event_seat (
    event_id     BIGINT NOT NULL PRIMARY KEY,
    confirmed    INT    NOT NULL,
    waitlisted   INT    NOT NULL,
    waitlist_seq BIGINT NOT NULL,
    CONSTRAINT fk_event_seat_event FOREIGN KEY (event_id) REFERENCES event (id)
);

-- Confirmed registrations of the invited institution, against its quota in the same row.
ALTER TABLE invitation ADD COLUMN confirmed INT DEFAULT 0 NOT NULL;

-- Arrival order on the waitlist: event_seat.waitlist_seq at the moment the person was waitlisted.
ALTER TABLE registration ADD COLUMN waitlist_no BIGINT;
CREATE INDEX ix_registration_waitlist ON registration (event_id, status, waitlist_no);

-- Existing data: the waitlist number of a person already waiting is the id (the old arrival order).
UPDATE registration SET waitlist_no = id WHERE status = 'WAITLISTED';

INSERT INTO event_seat (event_id, confirmed, waitlisted, waitlist_seq)
SELECT e.id,
       (SELECT COUNT(*) FROM registration r WHERE r.event_id = e.id AND r.status = 'CONFIRMED'),
       (SELECT COUNT(*) FROM registration r WHERE r.event_id = e.id AND r.status = 'WAITLISTED'),
       COALESCE((SELECT MAX(r.waitlist_no) FROM registration r WHERE r.event_id = e.id), 0)
FROM event e;

UPDATE invitation SET confirmed = (SELECT COUNT(*) FROM registration r
    WHERE r.event_id = invitation.event_id AND r.institution_id = invitation.institution_id AND r.status = 'CONFIRMED');
