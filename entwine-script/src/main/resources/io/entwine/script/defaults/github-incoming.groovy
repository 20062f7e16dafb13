/*
 * Default INCOMING rules of a GitHub node: how a replica from the other side (Jira or GitHub) is applied
 * to the local GitHub issue. On first sync the issue is created in the connection's repository (set
 * before this script runs).
 *
 * | field       | rule                                                                                   |
 * |-------------|----------------------------------------------------------------------------------------|
 * | summary     | copied (title)                                                                         |
 * | description | copied (body)                                                                          |
 * | labels      | the remote labels, plus "priority: <Name>" when the replica has a priority             |
 * | status      | a Done-like remote status (Done, Closed, Resolved, closed) -> closed; any other -> open |
 * |             | (no remote status: the local state is kept)                                            |
 * | assignees   | none remotely -> unassigned; else the local users with the remote assignees' e-mails;   |
 * |             | when one of them has no local match (or a hidden e-mail) the local assignees are kept  |
 * |             | (logged)                                                                               |
 * | comments    | merged: added, edited and deleted like the remote ones (commentHelper.mergeComments)   |
 */
def DONE_LIKE = ["done", "closed", "resolved"]

issue.summary     = replica.summary
issue.description = replica.description

def labels = replica.labels.collect { it.label }
if (replica.priority?.name) {
    labels += "priority: " + replica.priority.name
}
issue.labels = labels

if (replica.status?.name) {
    issue.status = replica.status.name.toLowerCase() in DONE_LIKE ? "closed" : "open"
}

def remoteAssignees = replica.assignees ?: (replica.assignee ? [replica.assignee] : [])
if (remoteAssignees.isEmpty()) {
    issue.assignees = []
    issue.assignee = null
} else {
    def mapped = remoteAssignees.collect { nodeHelper.getUserByEmail(it.email) }
    if (mapped.every { it != null }) {
        issue.assignees = mapped
        issue.assignee = mapped[0]
    } else {
        def unmapped = [remoteAssignees, mapped].transpose().findAll { it[1] == null }.collect { it[0].displayName ?: it[0].key }
        log.info("No local GitHub user for remote assignee(s) {} of {}: keeping the local assignees", unmapped, issue.key)
    }
}

issue.comments = commentHelper.mergeComments(issue, replica)
