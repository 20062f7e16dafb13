// Incoming on Jira, from a partner Jira.
def customer = replica.customFields."Customer"?.value?.toString()?.trim()
issue.customFields."Customer".value = customer ?: null
