// Incoming on Jira, from a public GitHub repository.
def STAFF_DOMAIN = "@example.com"
replica.comments = replica.comments.findAll { it.author?.email?.toLowerCase()?.endsWith(STAFF_DOMAIN) }
issue.comments = commentHelper.mergeComments(issue, replica)
