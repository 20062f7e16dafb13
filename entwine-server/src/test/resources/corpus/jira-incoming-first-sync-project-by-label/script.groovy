// Incoming on Jira, from GitHub: one repository feeds two projects.
if (firstSync) {
    def labels = replica.labels*.label
    issue.projectKey = labels.contains("support") ? "SUP" : "DEMO"
    issue.typeName   = labels.contains("bug") ? "Bug" : "Task"
}
issue.summary     = replica.summary
issue.description = replica.description
issue.labels      = replica.labels
