/*
 * Default OUTGOING rules of a GitHub node: what of the local GitHub issue is sent to the other side.
 *
 * Sent as they are: key (the issue number), summary (title), description (body), status (`open` or
 * `closed`), resolution (when the connector maps one), assignee and assignees, reporter, comments (except the
 * comments the incoming rules wrote to link to the other side's attachments, marked `<!-- entwine-attachment:ID -->`).
 *
 * Priority: GitHub has none, so a label named `priority: <Name>` (prefix matched case-insensitively,
 * e.g. `priority: High`) is sent as `replica.priority = <Name>` and left out of `replica.labels`. When
 * there are several, the first one wins; all of them are left out of the labels. The incoming GitHub
 * rules turn a priority back into such a label, so the label survives a round trip.
 */
def isPriorityLabel = { label -> label.label.toLowerCase().startsWith("priority:") }
def priorityLabel = issue.labels.find(isPriorityLabel)
def priorityName = priorityLabel?.label?.substring("priority:".length())?.trim()

replica.key         = issue.key
replica.summary     = issue.summary
replica.description = issue.description
replica.status      = issue.status
replica.resolution  = issue.resolution
replica.priority    = priorityName ?: issue.priority
replica.labels      = issue.labels.findAll { !isPriorityLabel(it) }
replica.assignee    = issue.assignee
replica.assignees   = issue.assignees
replica.reporter    = issue.reporter
replica.comments    = issue.comments.findAll { !(it.body?.contains("<!-- entwine-attachment:")) }
