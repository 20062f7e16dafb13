// Incoming on Jira, from GitHub.
if (replica.labels.any { it.label == "in progress" } && issue.status?.name == "To Do") {
    workflowHelper.transition(issue, "Start Progress")
}
