// Outgoing on Jira.
if (issue.parentId && !syncHelper.isUnderSync(issue.parentId)) {
    syncHelper.exalate(issue.parentId)
}
replica.key      = issue.key
replica.summary  = issue.summary
replica.parentId = issue.parentId
