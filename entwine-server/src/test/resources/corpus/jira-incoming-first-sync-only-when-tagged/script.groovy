// Incoming on Jira, from a busy public repository.
if (firstSync && !replica.labels.any { it.label == "jira" }) {
    return
}
if (firstSync) {
    issue.typeName = "Task"
}
issue.summary     = replica.summary
issue.description = replica.description
