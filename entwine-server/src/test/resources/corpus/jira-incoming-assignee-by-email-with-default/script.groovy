// Incoming on Jira, from GitHub. Contributors without a Jira account land with the triage lead.
def TRIAGE_LEAD = "bob@example.com"

issue.summary  = replica.summary
issue.assignee = nodeHelper.getUserByEmail(replica.assignee?.email) ?: nodeHelper.getUserByEmail(TRIAGE_LEAD)
