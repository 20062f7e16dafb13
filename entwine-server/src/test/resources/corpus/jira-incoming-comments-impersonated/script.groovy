// Incoming on Jira, from GitHub: comments appear as written by their authors where they have an account.
issue.comments = commentHelper.mergeComments(issue, replica, {
    it.executor = nodeHelper.getUserByEmail(it.author?.email)
})
