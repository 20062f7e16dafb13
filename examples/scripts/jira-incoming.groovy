/*
 * Example INCOMING rules of a Jira node, for a connection with GitHub.
 * Try it:  bin/entwine script test --connector jira-cloud --direction incoming \
 *            --script examples/scripts/jira-incoming.groovy \
 *            --issue examples/scripts/jira-issue.json --replica examples/scripts/github-replica.json
 */
def statusMap = ["open": "To Do", "closed": "Done"]
def priorityByLabel = ["P0": "Highest", "P1": "High", "P2": "Medium", "P3": "Low"]
def TRIAGE_LEAD = "bob@example.com"

if (firstSync) {
    issue.projectKey = "DEMO"
    issue.typeName   = replica.labels.any { it.label == "bug" } ? "Bug" : "Task"
}

issue.summary     = replica.summary
issue.description = replica.description

// status: GitHub's open/closed onto the Jira workflow; a "status: in progress" label wins while open
def inProgress = replica.labels.any { it.label.equalsIgnoreCase("status: in progress") }
def wanted = replica.status?.name == "open" && inProgress ? "In Progress" : statusMap[replica.status?.name]
if (wanted) issue.setStatus(wanted)

// priority from a P0..P3 label, Medium when there is none
def priorityLabel = replica.labels.find { priorityByLabel.containsKey(it.label) }?.label
issue.priority = nodeHelper.getPriority(priorityByLabel[priorityLabel] ?: "Medium")

// the other labels as they are
issue.labels = replica.labels.findAll { !priorityByLabel.containsKey(it.label) && !it.label.startsWith("status:") }

// assignee by e-mail; contributors without a Jira account go to the triage lead
issue.assignee = nodeHelper.getUserByEmail(replica.assignee?.email) ?: nodeHelper.getUserByEmail(TRIAGE_LEAD)

// comments written as their authors where they have an account here
issue.comments = commentHelper.mergeComments(issue, replica, {
    it.executor = nodeHelper.getUserByEmail(it.author?.email)
})
if (!issue.assignee?.email?.equals(replica.assignee?.email)) {
    log.info("{}: remote assignee {} has no Jira account, assigned to the triage lead", issue.key, replica.assignee?.displayName)
}
