// Outgoing on GitHub, to Jira.
def labelToPriority = ["P0": "Highest", "P1": "High", "P2": "Medium", "P3": "Low"]

def priorityLabel = issue.labels.find { labelToPriority.containsKey(it.label) }

replica.key         = issue.key
replica.summary     = issue.summary
replica.description = issue.description
replica.status      = issue.status
replica.priority    = priorityLabel ? labelToPriority[priorityLabel.label] : "Medium"
replica.labels      = issue.labels.findAll { !labelToPriority.containsKey(it.label) }
