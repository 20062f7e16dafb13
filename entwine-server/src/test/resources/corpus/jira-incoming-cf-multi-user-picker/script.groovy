// Incoming on Jira.
def remoteApprovers = replica.customFields."Approvers"?.value ?: []
issue.customFields."Approvers".value = remoteApprovers.collect { nodeHelper.getUserByEmail(it.email) }.findAll()
