// Incoming on Jira.
issue.customFields."Customer".value = replica.customFields."Customer"?.value
