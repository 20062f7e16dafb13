// Incoming on Jira, from the partner's Jira: time tracking is shared.
issue.workLogs = workLogHelper.mergeWorkLogs(issue, replica, { wl ->
    def user = nodeHelper.getUserByEmail(wl.author?.email)
    if (user) wl.author = user
})
