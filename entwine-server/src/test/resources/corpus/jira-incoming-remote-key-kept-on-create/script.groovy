// Incoming on Jira, from GitHub.
if (firstSync) {
    issue.typeName = "Task"
    issue.customFields."GitHub issue" = issueUrl
    issue.labels = ["github-" + replica.key]
}
issue.summary = replica.summary
