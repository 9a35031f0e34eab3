-- Sign-offs of assessments by a decision maker: who, when, which version of the answers, the rule
-- base, the risk numbers, and the JSON report as it was then (a later review is diffed against it).
CREATE TABLE signoffs (
    id                 VARCHAR(36)              NOT NULL PRIMARY KEY,
    team_id            VARCHAR(64)              NOT NULL REFERENCES teams (id),
    assessment_id      VARCHAR(36)              NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    assessment_version INTEGER                  NOT NULL,
    signed_by          VARCHAR(200)             NOT NULL,
    signed_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    note               VARCHAR(4000),
    rule_base          VARCHAR(100)             NOT NULL,
    findings           INTEGER                  NOT NULL,
    total_risk         INTEGER                  NOT NULL,
    residual_risk      INTEGER                  NOT NULL,
    exceeding_appetite INTEGER                  NOT NULL,
    report_json        TEXT                     NOT NULL
);
CREATE INDEX signoffs_assessment ON signoffs (assessment_id, signed_at);
