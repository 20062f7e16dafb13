// Incoming on Jira, from GitHub.
if (replica.addedComments.any { it.body =~ /(?i)^\s*#resolve\b/ }) {
    issue.setStatus("Done")
    issue.resolution = nodeHelper.getResolution("Done")
}
issue.comments = commentHelper.mergeComments(issue, replica)
