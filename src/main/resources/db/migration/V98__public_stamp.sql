-- issue 17 (performance): the change stamp of what the public pages show (ADR 0100). Any write to
-- an event, its days, sessions, speakers, materials, public photos, venues, halls or units bumps
-- the 'global' row in the same transaction (PublicChangeListener); every node's public page cache
-- compares it with the stamp it rendered under, at most every 500 ms.
CREATE TABLE public_stamp (
    stamp_key   VARCHAR(40)  NOT NULL PRIMARY KEY,
    stamp       BIGINT       DEFAULT 0 NOT NULL
);
INSERT INTO public_stamp (stamp_key, stamp) VALUES ('global', 0);
