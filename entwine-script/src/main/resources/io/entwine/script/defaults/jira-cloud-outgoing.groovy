/*
 * Default OUTGOING rules of a Jira Cloud node: what of the local Jira issue is sent to the other side.
 *
 * Sent as they are: key, summary, description (Markdown), issue type, status, resolution, priority,
 * labels, assignee, reporter, all comments and all attachments (their metadata and content hash; the content
 * itself travels separately). Where each attachment can be opened in this Jira goes along in
 * `replica.customKeys.attachmentUrls` (attachment id -> URL), for trackers that link to files instead of holding them. The receiving side's incoming rules decide what to do with
 * them (see its header). To keep a field private, delete its line; to stop sending an issue altogether,
 * `return` before the first line that fills the replica (an empty replica is not sent).
 */
replica.key         = issue.key
replica.summary     = issue.summary
replica.description = issue.description
replica.type        = issue.type
replica.status      = issue.status
replica.resolution  = issue.resolution
replica.priority    = issue.priority
replica.labels      = issue.labels
replica.assignee    = issue.assignee
replica.reporter    = issue.reporter
replica.comments    = issue.comments
replica.attachments = issue.attachments
if (issue.attachments) {
    replica.customKeys.attachmentUrls = issue.attachments.collectEntries { a ->
        [(a.id): syncHelper.getTrackerUrl() + "/secure/attachment/" + a.id + "/" + (a.filename ?: "file").replace(" ", "%20")]
    }
}
