// Outgoing on Jira, to a customer-facing GitHub repository.
replica.key      = issue.key
replica.summary  = issue.summary
replica.status   = issue.status
replica.comments = issue.comments.findAll { !it.internal }
