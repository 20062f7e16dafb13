-- The version of the connection's rules that processed an event (outgoing rules for a local change, incoming
-- rules for an apply), so an admin can tell which published version produced what was sent or written.
ALTER TABLE sync_events ADD COLUMN rule_version INT;
