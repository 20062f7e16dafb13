// Incoming on Jira: look up the project's lead through the REST API.
def project = httpClient.get("/rest/api/3/project/" + issue.projectKey)
issue.assignee = nodeHelper.getUser(project?.lead?.accountId)
