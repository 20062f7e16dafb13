-- Bulk operations (sync all matching, connect existing pairs, unsync) run in the background; their progress is
-- kept here so an admin can follow it and a restart can tell which jobs it interrupted. No foreign key to
-- connections: a job's record outlives the connection it ran on.
CREATE TABLE bulk_jobs (
    id            VARCHAR(64) PRIMARY KEY,
    connection_id VARCHAR(64) NOT NULL,
    kind          VARCHAR(32) NOT NULL,
    state         VARCHAR(16) NOT NULL,
    total         INT NOT NULL,
    done          INT NOT NULL,
    failed        INT NOT NULL,
    request_json  TEXT,
    message       TEXT,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX bulk_jobs_created ON bulk_jobs (created_at);
