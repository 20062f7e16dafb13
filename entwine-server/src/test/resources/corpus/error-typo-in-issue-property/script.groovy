// Outgoing on Jira.
replica.key         = issue.key
replica.summary     = issue.sumary
replica.description = issue.description
