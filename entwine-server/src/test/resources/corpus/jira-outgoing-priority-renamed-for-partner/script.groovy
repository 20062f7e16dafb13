// Outgoing on Jira, to the partner's Jira (Urgent/High/Normal/Low).
def toPartner = ["Highest": "Urgent", "High": "High", "Medium": "Normal", "Low": "Low", "Lowest": "Low"]

replica.key         = issue.key
replica.summary     = issue.summary
replica.description = issue.description
replica.status      = issue.status
replica.priority    = toPartner[issue.priority?.name] ?: "Normal"
replica.assignee    = issue.assignee
