// Incoming on Jira, from GitHub.
issue.comments = commentHelper.mergeComments(issue, replica, {
    it.body = "[GitHub] " + (it.author?.displayName ?: "someone") + ": " + it.body
})
