// Incoming on Jira, from GitHub.
if (replica.assignee == null) {
    issue.assignee = null
} else {
    def user = nodeHelper.getUserByEmail(replica.assignee.email)
    if (user) issue.assignee = user
}
