-- Sirakor schema, issue 15: programs (series of events across regions) and venue logistics
-- (hotel room blocks, who needs a room, room assignments, the rooming list sent to the hotel).

-- A program holds many events: one sosialisasi per kecamatan of a regency, one bimtek per
-- regency of a province. area_code is the region whose children the program covers.
CREATE TABLE program (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id     BIGINT       NOT NULL,
    name        VARCHAR(300) NOT NULL,
    theme       VARCHAR(300),
    budget_line VARCHAR(120),
    area_code   VARCHAR(13)  NOT NULL,
    starts_on   DATE,
    ends_on     DATE,
    version     BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_program_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_program_area FOREIGN KEY (area_code) REFERENCES region (code)
);
CREATE INDEX ix_program_unit ON program (unit_id);

-- the event's place in a program and the region it serves
CREATE TABLE program_event (
    event_id    BIGINT      NOT NULL PRIMARY KEY,
    program_id  BIGINT      NOT NULL,
    region_code VARCHAR(13) NOT NULL,
    CONSTRAINT fk_program_event_event FOREIGN KEY (event_id) REFERENCES event (id),
    CONSTRAINT fk_program_event_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT fk_program_event_region FOREIGN KEY (region_code) REFERENCES region (code)
);
CREATE INDEX ix_program_event_program ON program_event (program_id, region_code);

-- A block of hotel rooms for one event: the same number of rooms each night from check_in to
-- check_out, single and twin, each at its price; unused rooms go back to the hotel on release_on.
CREATE TABLE room_block (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    event_id      BIGINT       NOT NULL,
    venue_id      BIGINT       NOT NULL,
    check_in      DATE         NOT NULL,
    check_out     DATE         NOT NULL,
    single_rooms  INT          NOT NULL,
    twin_rooms    INT          NOT NULL,
    single_price  BIGINT,
    twin_price    BIGINT,
    release_on    DATE,
    sent_at       DATETIME(6),
    sent_list     TEXT,
    version       BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT fk_room_block_event FOREIGN KEY (event_id) REFERENCES event (id),
    CONSTRAINT fk_room_block_venue FOREIGN KEY (venue_id) REFERENCES venue (id)
);
CREATE INDEX ix_room_block_event ON room_block (event_id);

-- A participant's stay: "perlu kamar" (decided from the regions by default, changed by the
-- participant or the secretariat), arrival and departure, the stated gender, travel.
CREATE TABLE lodging (
    registration_id BIGINT      NOT NULL PRIMARY KEY,
    needs_room      BOOLEAN     NOT NULL,
    decided_by      VARCHAR(12) NOT NULL,
    arrival_on      DATE,
    departure_on    DATE,
    gender          CHAR(1),
    travel_mode     VARCHAR(20),
    arrival_time    VARCHAR(60),
    pickup          BOOLEAN     DEFAULT FALSE NOT NULL,
    version         BIGINT      NOT NULL,
    updated_at      DATETIME(6) NOT NULL,
    CONSTRAINT fk_lodging_registration FOREIGN KEY (registration_id) REFERENCES registration (id)
);

-- who sleeps in which room of a block; a room is its number within the block
CREATE TABLE room_assignment (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    block_id        BIGINT      NOT NULL,
    room_no         VARCHAR(10) NOT NULL,
    room_type       VARCHAR(6)  NOT NULL,
    registration_id BIGINT      NOT NULL,
    CONSTRAINT uq_room_assignment UNIQUE (block_id, registration_id),
    CONSTRAINT fk_room_assignment_block FOREIGN KEY (block_id) REFERENCES room_block (id),
    CONSTRAINT fk_room_assignment_registration FOREIGN KEY (registration_id) REFERENCES registration (id)
);
CREATE INDEX ix_room_assignment_room ON room_assignment (block_id, room_no);
CREATE INDEX ix_room_assignment_registration ON room_assignment (registration_id);
