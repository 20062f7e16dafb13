// Incoming on Jira, from GitHub. GitHub only knows open/closed, so the team marks work in
// progress with a "status: in progress" label; anything we do not know goes to To Do.
def statusMap = [
        "open"                : "To Do",
        "status: in progress" : "In Progress",
        "status: in review"   : "In Progress",
        "closed"              : "Done"
]

def statusLabel = replica.labels.find { it.label.toLowerCase().startsWith("status:") }?.label?.toLowerCase()
def remoteStatus = replica.status?.name?.toLowerCase()
def wanted = remoteStatus == "closed" ? statusMap["closed"] : (statusMap[statusLabel] ?: statusMap[remoteStatus])

issue.summary = replica.summary
issue.setStatus(nodeHelper.getStatus(wanted)?.name ?: "To Do")
