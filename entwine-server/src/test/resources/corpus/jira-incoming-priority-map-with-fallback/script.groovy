// Incoming on Jira, from a partner Jira that uses Urgent/High/Normal/Low.
def priorityMapping = [
        "Urgent" : "Highest",
        "High"   : "High",
        "Normal" : "Medium",
        "Low"    : "Low"
]
def priorityName = priorityMapping[replica.priority?.name] ?: "Medium"
issue.priority = nodeHelper.getPriority(priorityName)
