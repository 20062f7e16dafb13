// Outgoing on Jira.
def teamByLabel = ["web": "Storefront", "api": "Platform", "mobile": "Apps"]

replica.key     = issue.key
replica.summary = issue.summary
replica.customKeys."sourceProject" = issue.project?.key
replica.customKeys."team"          = issue.labels.collect { teamByLabel[it.label] }.find { it } ?: "Unassigned"
replica.customKeys."sla"           = [breached: false, hoursLeft: 12, policy: "Gold"]
