// Incoming on Jira.
issue.summary = replica.summary
issue.priority = nodeHelper.getPriority(replica.priority.name)
