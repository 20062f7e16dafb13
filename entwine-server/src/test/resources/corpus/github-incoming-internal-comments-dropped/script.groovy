// Incoming on GitHub, from Jira: belt and braces, GitHub has no private comments.
replica.addedComments = replica.addedComments.findAll { !it.internal }
replica.changedComments = replica.changedComments.findAll { !it.internal }
issue.comments = commentHelper.mergeComments(issue, replica)
