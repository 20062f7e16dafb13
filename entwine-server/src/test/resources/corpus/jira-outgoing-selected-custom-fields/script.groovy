// Outgoing on Jira: share three fields, keep the rest (e.g. "Internal cost") private.
def shared = ["Story Points", "Severity", "Platforms"]

replica.key     = issue.key
replica.summary = issue.summary
shared.each { name ->
    if (issue.customFields[name]) replica.customFields[name] = issue.customFields[name]
}
