// Incoming on Jira: the partner only hands tickets over, we own them afterwards.
if (!firstSync) {
    return
}
issue.typeName = "Task"
issue.summary  = replica.summary
