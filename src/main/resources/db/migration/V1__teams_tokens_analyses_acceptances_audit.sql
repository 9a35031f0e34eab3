-- Vigil server schema, version 1. Portable SQL: the same file runs on H2 (the default, embedded)
-- and PostgreSQL. Ids are random UUIDs made by the server (never sequential: an id reveals nothing
-- about other teams' objects); every row that holds a team's data carries its team.

CREATE TABLE teams (
    id         VARCHAR(64)              NOT NULL PRIMARY KEY,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- API tokens: only the SHA-256 of the token is kept; the token itself is shown once, at creation.
CREATE TABLE api_tokens (
    id         VARCHAR(36)              NOT NULL PRIMARY KEY,
    token_hash VARCHAR(64)              NOT NULL UNIQUE,
    team_id    VARCHAR(64)              NOT NULL REFERENCES teams (id),
    role       VARCHAR(16)              NOT NULL,
    name       VARCHAR(200)             NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A system a team analyses, identified by the model's system id.
CREATE TABLE models (
    id         VARCHAR(36)              NOT NULL PRIMARY KEY,
    team_id    VARCHAR(64)              NOT NULL REFERENCES teams (id),
    system_id  VARCHAR(200)             NOT NULL,
    name       VARCHAR(500)             NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT models_team_system UNIQUE (team_id, system_id)
);

-- One analysis of one posted model: the input as posted, the rule base that ran, the summary
-- numbers for lists, and the reports as rendered then (they are never re-rendered, so a stored
-- analysis reads back byte for byte whatever rules are loaded later).
CREATE TABLE analyses (
    id                  VARCHAR(36)              NOT NULL PRIMARY KEY,
    team_id             VARCHAR(64)              NOT NULL REFERENCES teams (id),
    model_id            VARCHAR(36)              NOT NULL REFERENCES models (id),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(200)             NOT NULL,
    rule_base           VARCHAR(100)             NOT NULL,
    input_sha256        VARCHAR(64)              NOT NULL,
    input               TEXT                     NOT NULL,
    findings            INTEGER                  NOT NULL,
    critical            INTEGER                  NOT NULL,
    high                INTEGER                  NOT NULL,
    medium              INTEGER                  NOT NULL,
    low                 INTEGER                  NOT NULL,
    total_risk          INTEGER                  NOT NULL,
    residual_risk       INTEGER                  NOT NULL,
    report_json         TEXT                     NOT NULL,
    report_md           TEXT                     NOT NULL,
    report_html         TEXT                     NOT NULL,
    report_sarif        TEXT                     NOT NULL
);
CREATE INDEX analyses_team_created ON analyses (team_id, created_at);

-- Accepted risks of a team: a finding id or pattern, optionally only for one system.
CREATE TABLE acceptances (
    id            VARCHAR(36)              NOT NULL PRIMARY KEY,
    team_id       VARCHAR(64)              NOT NULL REFERENCES teams (id),
    finding       VARCHAR(500)             NOT NULL,
    system_id     VARCHAR(200),
    justification VARCHAR(4000)            NOT NULL,
    ticket        VARCHAR(200),
    expires       DATE                     NOT NULL,
    accepted_by   VARCHAR(200)             NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_by    VARCHAR(200),
    revoked_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX acceptances_team ON acceptances (team_id);

-- Who did what, when: every write through the API and every token created.
CREATE TABLE audit_log (
    id         VARCHAR(36)              NOT NULL PRIMARY KEY,
    team_id    VARCHAR(64)              NOT NULL,
    actor      VARCHAR(200)             NOT NULL,
    action     VARCHAR(64)              NOT NULL,
    object_id  VARCHAR(36),
    detail     VARCHAR(4000),
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX audit_log_team_at ON audit_log (team_id, occurred_at);
