-- Question-and-answer assessments of a team. The answers are kept in the answers-file format of
-- `vigil assess --save` (so an assessment can be taken to the command line and back); version
-- counts the writes, for ETag / If-Match (a stale write is refused, never merged blindly).
CREATE TABLE assessments (
    id         VARCHAR(36)              NOT NULL PRIMARY KEY,
    team_id    VARCHAR(64)              NOT NULL REFERENCES teams (id),
    name       VARCHAR(200)             NOT NULL,
    version    INTEGER                  NOT NULL,
    answers    TEXT                     NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by VARCHAR(200)             NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by VARCHAR(200)             NOT NULL
);
CREATE INDEX assessments_team ON assessments (team_id);
