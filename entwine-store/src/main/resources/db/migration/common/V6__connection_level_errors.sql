-- An open connection-level error holds its whole connection: claims skip every event of a connection that has
-- one (see ClaimSql). This index answers "does this connection have an open CONNECTION error" per candidate.
CREATE INDEX sync_errors_connection_level ON sync_errors (connection_id, level, status);
