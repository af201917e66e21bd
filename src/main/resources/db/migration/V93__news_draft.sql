-- issue 14: the news release draft. A point of the minutes can be marked "kutipan" (quoted in the
-- news); a new version of the minutes copies the mark with the point.
ALTER TABLE minutes_point ADD COLUMN is_quote BOOLEAN DEFAULT FALSE NOT NULL;

-- one draft per event: the title and the body (paragraphs separated by a blank line), where it
-- came from (the minutes version it was generated from) and whether someone edited it since
CREATE TABLE news_draft (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    event_id            BIGINT        NOT NULL,
    title               VARCHAR(200)  NOT NULL,
    body                TEXT          NOT NULL,
    minutes_version     INT,
    minutes_status      VARCHAR(12),
    edited              BOOLEAN       DEFAULT FALSE NOT NULL,
    generated_at        DATETIME(6)   NOT NULL,
    generated_by        VARCHAR(100)  NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    updated_by          VARCHAR(100)  NOT NULL,
    version             BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT fk_news_draft_event FOREIGN KEY (event_id) REFERENCES event (id)
);
CREATE UNIQUE INDEX uq_news_draft_event ON news_draft (event_id);
