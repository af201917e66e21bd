-- issue 17: every login attempt (form or API token) with the client's address, so an administrator
-- sees failed logins per account and per address (manage/admin/logins.xhtml). Kept 180 days.
CREATE TABLE login_attempt (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    at          DATETIME(6)  NOT NULL,
    username    VARCHAR(100),
    client_ip   VARCHAR(45),
    outcome     VARCHAR(20)  NOT NULL,
    channel     VARCHAR(10)  NOT NULL
);
CREATE INDEX ix_login_attempt_at ON login_attempt (at);
CREATE INDEX ix_login_attempt_user ON login_attempt (username, at);
CREATE INDEX ix_login_attempt_ip ON login_attempt (client_ip, at);
