/*
 * Example OUTGOING rules of a GitHub node, for a connection with Jira.
 * Try it:  bin/entwine script test --connector github --direction outgoing \
 *            --script examples/scripts/github-outgoing.groovy --issue examples/scripts/github-issue.json
 */
if (issue.labels.any { it.label == "no-sync" }) {
    return                       // nothing is sent for this issue
}
def isBot = { user -> user?.username?.endsWith("[bot]") }

replica.key         = issue.key
replica.summary     = issue.summary
replica.description = issue.description
replica.status      = issue.status
replica.labels      = issue.labels
replica.assignee    = issue.assignee
replica.comments    = issue.comments.findAll { !isBot(it.author) }
replica.customKeys."repository" = issue.project?.key
