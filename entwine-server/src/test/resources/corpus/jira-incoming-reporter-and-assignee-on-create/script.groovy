// Incoming on Jira, from GitHub. Reporter only matters when the issue is created.
if (firstSync) {
    issue.projectKey = "DEMO"
    issue.typeName   = "Bug"
    issue.reporter   = nodeHelper.getUserByEmail(replica.reporter?.email) ?: nodeHelper.getUserByEmail("demo@example.com")
}
issue.summary     = replica.summary
issue.description = replica.description
issue.assignee    = nodeHelper.getUserByEmail(replica.assignee?.email)
