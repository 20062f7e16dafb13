// Incoming on Jira, from GitHub: duplicates reported on GitHub all point at one Jira incident.
def incidentKey = replica.customKeys."incident"
if (firstSync && incidentKey) {
    def existing = nodeHelper.getIssue(incidentKey)
    if (existing) {
        issue.id  = existing.id
        issue.key = existing.key
        return
    }
}
if (firstSync) issue.typeName = "Bug"
issue.summary = replica.summary
