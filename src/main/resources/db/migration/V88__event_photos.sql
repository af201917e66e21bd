-- issue 14: photo documentation of an event (and optionally one of its sessions). The bytes are a
-- normalized JPEG in the file store (resized, turned upright by its EXIF orientation, every metadata
-- block including the location dropped by re-encoding); thumb_key is a small copy for galleries.
CREATE TABLE event_photo (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    event_id     BIGINT        NOT NULL,
    session_id   BIGINT,
    seq          INT           NOT NULL,
    file_key     VARCHAR(64)   NOT NULL,
    thumb_key    VARCHAR(64)   NOT NULL,
    width        INT           NOT NULL,
    height       INT           NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    caption      VARCHAR(300),
    is_cover     BOOLEAN       DEFAULT FALSE NOT NULL,
    is_public    BOOLEAN       DEFAULT FALSE NOT NULL,
    taken_at     DATETIME(6),
    uploaded_by  VARCHAR(100)  NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    CONSTRAINT fk_event_photo_event FOREIGN KEY (event_id) REFERENCES event (id)
);
CREATE INDEX ix_event_photo_event ON event_photo (event_id, seq);
