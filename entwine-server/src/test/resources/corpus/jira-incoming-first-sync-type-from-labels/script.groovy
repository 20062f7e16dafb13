// Incoming on Jira, from GitHub.
def typeByLabel = ["bug": "Bug", "enhancement": "Story", "feature": "Story"]

if (firstSync) {
    def typeName = replica.labels.collect { typeByLabel[it.label] }.find { it } ?: "Task"
    issue.type = nodeHelper.getIssueType(typeName, issue.projectKey) ?: nodeHelper.getIssueType("Task", issue.projectKey)
}
issue.summary     = replica.summary
issue.description = replica.description
