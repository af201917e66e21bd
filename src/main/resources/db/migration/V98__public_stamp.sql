-- issue 17 (performance): the change stamp of what the public pages show (ADR 0100). Any write to
-- an event, its days, sessions, speakers, materials, public photos, venues, halls or units adds a
-- row here in the same transaction (PublicChangeListener); the stamp is the highest id, and every
-- node's public page cache compares it with the stamp it rendered under, at most every 500 ms.
-- A row per change, not one counter row: an UPDATE of one row would hold that row's lock until the
-- writer commits, so every writing transaction of the portal would queue on it (and could deadlock
-- with another lock taken in the other order); inserts take no lock that another writer waits for.
-- PublicStamp keeps the last thousand rows.
CREATE TABLE public_change (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    changed_at  DATETIME(6) NOT NULL
);
INSERT INTO public_change (changed_at) VALUES (CURRENT_TIMESTAMP);
