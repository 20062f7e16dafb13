// Incoming on GitHub, from Jira.
def closedStatuses = ["Done", "Resolved", "Closed", "Won't Do"]

issue.summary     = replica.summary
issue.description = replica.description
issue.status      = closedStatuses.contains(replica.status?.name) ? "closed" : "open"
