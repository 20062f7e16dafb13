// Outgoing on Jira.
if (issue.labels.any { it.label.equalsIgnoreCase("confidential") } || issue.type?.name == "Security") {
    return
}
replica.key     = issue.key
replica.summary = issue.summary
