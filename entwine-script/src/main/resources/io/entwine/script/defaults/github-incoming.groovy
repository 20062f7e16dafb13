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
 * | attachments | GitHub has no upload API for issue files: each remote attachment becomes one comment   |
 * |             | linking to it on the other tracker (replica.customKeys.attachmentUrls), written by the |
 * |             | sync account and never sent back; when the attachment is removed there, its link       |
 * |             | comment is deleted. The comment carries a hidden marker <!-- entwine-attachment:ID -->  |
 * |             | that keeps it unique; the GitHub outgoing rules leave marked comments out.             |
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

def ATTACHMENT_MARK = "<!-- entwine-attachment:"
def markOf = { String body ->
    int at = body == null ? -1 : body.indexOf(ATTACHMENT_MARK)
    at < 0 ? null : body.substring(at + ATTACHMENT_MARK.length(), body.indexOf(" -->", at))
}
def linked = issue.comments.collect { markOf(it.body) }.findAll { it != null }
def urls = replica.customKeys?.attachmentUrls ?: [:]
replica.addedAttachments.findAll { it.id != null && !(it.id in linked) }.each { a ->
    def name = (a.filename ?: "file").replace("[", "(").replace("]", ")")
    def url = urls[a.id]
    def link = url ? "[" + name + "](" + url + ")" : name
    def size = a.filesize != null ? " (" + a.filesize + " bytes)" : ""
    issue.comments = commentHelper.addComment("Attachment added on the other side: " + link + size + "\n\n"
            + ATTACHMENT_MARK + a.id + " -->", false, issue.comments)
}
def present = replica.attachments.collect { it.id }
issue.comments = issue.comments.findAll { def mark = markOf(it.body); mark == null || mark in present }
