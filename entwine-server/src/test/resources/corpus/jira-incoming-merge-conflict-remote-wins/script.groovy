// Incoming on Jira, from a partner Jira.
issue.summary     = replica.summary
issue.description = replica.description
