// Incoming on GitHub, from Jira: Jira shows the GitHub number in a field, so send it back right away.
issue.summary     = replica.summary
issue.description = replica.description
if (firstSync) {
    syncHelper.syncBackAfterProcessing()
}
