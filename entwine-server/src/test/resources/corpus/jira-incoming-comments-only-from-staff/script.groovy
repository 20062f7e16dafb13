// Incoming on Jira, from a public GitHub repository.
def STAFF_DOMAIN = "@example.com"
replica.addedComments = replica.addedComments.findAll { it.author?.email?.toLowerCase()?.endsWith(STAFF_DOMAIN) }
issue.comments = commentHelper.mergeComments(issue, replica)
