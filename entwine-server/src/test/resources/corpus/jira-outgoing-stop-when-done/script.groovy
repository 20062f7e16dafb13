// Outgoing on Jira: once Done, further edits (retrospective notes...) stay here.
if (issue.status?.name == "Done") {
    return
}
replica.key     = issue.key
replica.summary = issue.summary
replica.status  = issue.status
