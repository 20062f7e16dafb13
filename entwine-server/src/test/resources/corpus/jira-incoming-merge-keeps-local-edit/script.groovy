// Incoming on Jira, from a partner Jira: the usual field-by-field copy.
issue.summary     = replica.summary
issue.description = replica.description
def priority = nodeHelper.getPriority(replica.priority?.name)
if (priority) issue.priority = priority
