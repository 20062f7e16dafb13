// Incoming on Jira, from a partner Jira.
issue.components = replica.components.collect { nodeHelper.getComponent(it.name, issue.projectKey) }.findAll()
issue.fixVersions = replica.fixVersions.collect { v ->
    nodeHelper.getVersion(v.name, issue.projectKey) ?: nodeHelper.createVersion(issue, v.name, v.description)
}
