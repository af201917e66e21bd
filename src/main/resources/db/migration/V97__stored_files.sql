-- Issue 17 (scale-out): the database file store (SIRAKOR_FILES_STORE=db), so that every node of a
-- cluster sees every uploaded file and generated document without a shared disk.
-- Content-addressed like the directory store: the key is the SHA-256 of the bytes.
-- The bytes are cut into chunks of at most 1 MiB (FileStore.CHUNK), so that no single statement
-- or row comes near max_allowed_packet (MariaDB 10.11 default 16 MiB, MySQL 8.4 64 MiB) or the
-- transaction size limits of Galera / group replication (docs/operations.md, section 9).
CREATE TABLE stored_file (
    sha256      CHAR(64)     NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    chunks      INT          NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT pk_stored_file PRIMARY KEY (sha256)
);

CREATE TABLE stored_file_chunk (
    sha256      CHAR(64)     NOT NULL,
    seq         INT          NOT NULL,
    data        MEDIUMBLOB   NOT NULL,
    CONSTRAINT pk_stored_file_chunk PRIMARY KEY (sha256, seq),
    CONSTRAINT fk_stored_file_chunk FOREIGN KEY (sha256) REFERENCES stored_file (sha256)
);
