// Incoming on Jira, from a partner's Jira Service Management project.
def statusMapping = [
        "Open"                 : "To Do",
        "Waiting for support"  : "To Do",
        "In Progress"          : "In Progress",
        "Waiting for customer" : "In Progress",
        "Resolved"             : "Done",
        "Closed"               : "Done"
]

issue.summary     = replica.summary
issue.description = replica.description

def remoteStatusName = replica.status?.name
def localStatusName = statusMapping[remoteStatusName]
if (localStatusName) {
    issue.setStatus(localStatusName)
} else {
    log.info("No status mapping for '${remoteStatusName}' on ${issue.key}; keeping '${issue.status?.name}'")
}
