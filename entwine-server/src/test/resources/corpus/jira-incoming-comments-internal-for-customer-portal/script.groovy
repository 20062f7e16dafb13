// Incoming on a Jira Service Management project, from engineering's GitHub.
issue.comments = commentHelper.mergeComments(issue, replica, { comment ->
    comment.internal = true
})
