-- Sign-offs of analyses by a decision maker: who, when, the rule base and the risk numbers of the
-- analysis (whose report is stored with it); the next analysis of the same system is reviewed against the last one.
CREATE TABLE analysis_signoffs (
    id                 VARCHAR(36)              NOT NULL PRIMARY KEY,
    team_id            VARCHAR(64)              NOT NULL REFERENCES teams (id),
    analysis_id        VARCHAR(36)              NOT NULL REFERENCES analyses (id) ON DELETE CASCADE,
    system_id          VARCHAR(200)             NOT NULL,
    signed_by          VARCHAR(200)             NOT NULL,
    signed_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    note               VARCHAR(4000),
    rule_base          VARCHAR(100)             NOT NULL,
    findings           INTEGER                  NOT NULL,
    total_risk         INTEGER                  NOT NULL,
    residual_risk      INTEGER                  NOT NULL,
    exceeding_appetite INTEGER                  NOT NULL
);
CREATE INDEX analysis_signoffs_system ON analysis_signoffs (team_id, system_id, signed_at);
