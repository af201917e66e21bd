-- issue 17: Rekap & statistik (ADR 0095). The row-level export reads an event's registrations in
-- pages by id (WHERE event_id = ? AND id > ? ORDER BY id LIMIT 2000): this index serves each page
-- without sorting, whatever the event's size. The GROUP BY counts use the existing indexes
-- (registration (event_id, status, id), attendance (event_id, day_id), certificate (event_id, …)).
CREATE INDEX ix_registration_event_id ON registration (event_id, id);
