// Incoming on GitHub, from Jira: belt and braces, GitHub has no private comments.
replica.comments = replica.comments.findAll { !it.internal }
issue.comments = commentHelper.mergeComments(issue, replica)
