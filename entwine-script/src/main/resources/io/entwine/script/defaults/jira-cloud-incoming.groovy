/*
 * Default INCOMING rules of a Jira Cloud node: how a replica from the other side (Jira or GitHub) is
 * applied to the local Jira issue. On first sync the issue is created in the connection's project
 * (set before this script runs).
 *
 * | field       | rule                                                                                   |
 * |-------------|----------------------------------------------------------------------------------------|
 * | type        | first sync only: the local type of the remote type's name, otherwise "Task"            |
 * | summary     | copied                                                                                 |
 * | description | copied                                                                                 |
 * | labels      | copied (a GitHub "priority: X" label arrives as the priority instead)                  |
 * | priority    | the local priority of the remote name; an unknown name keeps the local priority        |
 * | assignee    | none remotely -> unassigned; else the local user with the remote e-mail; a remote user  |
 * |             | without a local match (or hidden e-mail) keeps the local assignee (logged)             |
 * | status      | GitHub "closed" -> Done                                                                |
 * |             | GitHub "open"   -> To Do when the local status is Done-like (Done, Closed, Resolved),  |
 * |             |                    otherwise the local status is kept (In Progress survives an edit)   |
 * |             | any other name that exists locally (case-insensitive) -> that status                   |
 * |             | any other name -> local status kept (logged)                                           |
 * | comments    | merged: added, edited and deleted like the remote ones (commentHelper.mergeComments)   |
 * | attachments | merged: a remote file added is uploaded here (content fetched from the other node and   |
 * |             | checked by SHA-256), one removed there is deleted here (attachmentHelper)              |
 */
def DONE_LIKE = ["done", "closed", "resolved"]

if (firstSync) {
    issue.type = nodeHelper.getIssueType(replica.type?.name, issue.projectKey) ?: "Task"
}
issue.summary     = replica.summary
issue.description = replica.description
issue.labels      = replica.labels

def priority = nodeHelper.getPriority(replica.priority?.name)
if (priority) {
    issue.priority = priority
} else if (replica.priority) {
    log.info("No local priority named '{}' for {}: keeping {}", replica.priority.name, issue.key, issue.priority?.name)
}

if (replica.assignee == null) {
    issue.assignee = null
} else {
    def assignee = nodeHelper.getUserByEmail(replica.assignee.email)
    if (assignee) {
        issue.assignee = assignee
    } else {
        log.info("No local user for remote assignee '{}' of {}: keeping the local assignee",
                replica.assignee.displayName ?: replica.assignee.key, issue.key)
    }
}

def remoteStatus = replica.status?.name
if (remoteStatus == "closed") {
    issue.status = nodeHelper.getStatus("Done") ?: "Done"
} else if (remoteStatus == "open") {
    if (issue.status?.name?.toLowerCase() in DONE_LIKE) {
        issue.status = nodeHelper.getStatus("To Do") ?: "To Do"
    }
} else if (remoteStatus) {
    def status = nodeHelper.getStatus(remoteStatus)
    if (status) {
        issue.status = status
    } else {
        log.info("No local status named '{}' for {}: keeping {}", remoteStatus, issue.key, issue.status?.name)
    }
}

issue.comments = commentHelper.mergeComments(issue, replica)
issue.attachments = attachmentHelper.mergeAttachments(issue, replica)
