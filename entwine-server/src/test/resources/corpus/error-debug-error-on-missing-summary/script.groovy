// Incoming on Jira: an issue without a summary means the partner's outgoing rules are broken.
if (!replica.summary) {
    debug.error("replica " + replica.key + " has no summary; check the partner's outgoing rules")
}
issue.summary = replica.summary
