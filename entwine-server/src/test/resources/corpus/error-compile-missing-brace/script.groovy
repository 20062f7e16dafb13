// Incoming on Jira.
if (firstSync) {
    issue.typeName = "Task"

issue.summary = replica.summary
