// Incoming on Jira, from GitHub: the triage bot labels duplicates "incident: DEMO-7".
import com.exalate.basic.domain.BasicIssueKey

def incidentLabel = replica.labels.find { it.label.startsWith("incident:") }?.label
if (firstSync && incidentLabel) {
    def incidentKey = incidentLabel.substring("incident:".length()).trim()
    return new BasicIssueKey(null, incidentKey)
}
if (firstSync) issue.typeName = "Bug"
issue.summary = replica.summary
