// Incoming on Jira: create the issue first, then ask the other side for its sub-tasks.
if (firstSync) {
    issue.typeName = "Story"
    issue.summary  = replica.summary
    store(issue)
    syncHelper.syncBackAfterProcessing()
}
issue.summary = replica.summary
