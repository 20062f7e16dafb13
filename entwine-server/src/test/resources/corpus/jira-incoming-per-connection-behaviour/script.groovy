// Incoming on Jira: this script serves the GitHub connection and the partner's Jira.
def fromPartner = connection.remoteInstance.name == "partner-jira"

issue.summary = replica.summary
if (fromPartner) {
    issue.labels = (issue.labels*.label + ["partner"]).unique()
    if (replica.status?.name in ["Resolved", "Closed"]) issue.setStatus("Done")
} else if (replica.status?.name == "closed") {
    issue.setStatus("Done")
}
