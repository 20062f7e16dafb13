// Incoming on Jira.
if (issue.status?.name == "Done") {
    log.info("{} is Done here; ignoring the update from {}", issue.key, replica.key)
    return
}
issue.summary = replica.summary
issue.status  = replica.status?.name == "closed" ? "Done" : issue.status
