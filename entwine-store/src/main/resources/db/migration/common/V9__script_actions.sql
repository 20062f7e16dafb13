-- What the engine needs to carry out the actions rules ask for (syncHelper, workflowHelper, store). Dialect-neutral,
-- like V1.

-- Tracker-side steps of an event's actions (a workflow transition) already done: a retried event skips them, so
-- a crash between the step and the event's completion does not repeat it.
CREATE TABLE action_steps (
    event_id BIGINT NOT NULL,
    step     VARCHAR(200) NOT NULL,
    done_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (event_id, step)
);

-- A twin whose apply waits until the twin of its parent (named by the other side's id or key) has a local entity;
-- the wait ends, and the waiting event is retried, when that happens.
CREATE TABLE parent_waits (
    twin_id       BIGINT NOT NULL REFERENCES twins (id),
    connection_id VARCHAR(64) NOT NULL REFERENCES connections (id),
    parent_ref    VARCHAR(500) NOT NULL,
    since         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (twin_id, parent_ref)
);
CREATE INDEX parent_waits_parent ON parent_waits (connection_id, parent_ref);

-- The other side's internal id of a twin's remote entity (replica.id), besides its key: rules name a parent by id
-- (replica.parentId) as often as by key.
CREATE TABLE twin_remote_ids (
    connection_id VARCHAR(64) NOT NULL REFERENCES connections (id),
    remote_id     VARCHAR(500) NOT NULL,
    twin_id       BIGINT NOT NULL REFERENCES twins (id),
    PRIMARY KEY (connection_id, remote_id)
);
