// Incoming on GitHub, from Jira's support team.
def lastComment = replica.comments ? replica.comments.last() : null
if (issue.status?.name == "closed" && lastComment?.body =~ /(?i)\breopen\b/) {
    issue.status = "open"
    log.info("reopening #{} on request of {}", issue.key, lastComment.author?.displayName)
}
issue.comments = commentHelper.mergeComments(issue, replica)
