// Incoming on Jira, from GitHub: a closed GitHub issue ends the collaboration.
issue.summary = replica.summary
if (replica.status?.name == "closed") {
    issue.setStatus("Done")
    syncHelper.unExalateAfterProcessing()
}
