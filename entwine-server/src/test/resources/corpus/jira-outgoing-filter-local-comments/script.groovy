// Outgoing on Jira.
replica.key      = issue.key
replica.summary  = issue.summary
replica.comments = commentHelper.filterLocal(issue.comments)
