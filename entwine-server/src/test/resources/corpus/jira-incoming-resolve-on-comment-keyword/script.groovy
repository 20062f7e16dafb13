// Incoming on Jira, from GitHub: maintainers resolve the Jira ticket from GitHub.
def isCommand = { c -> c.body?.trim()?.toLowerCase()?.startsWith("/resolve") }

if (replica.addedComments.any(isCommand) && issue.status?.name != "Done") {
    issue.setStatus("Done")
    issue.resolution = nodeHelper.getResolution("Done")
}
replica.addedComments = replica.addedComments.findAll { !isCommand(it) }
issue.comments = commentHelper.mergeComments(issue, replica)
