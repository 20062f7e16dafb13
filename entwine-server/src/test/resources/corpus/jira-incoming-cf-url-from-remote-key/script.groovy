// Incoming on Jira: show where the twin lives.
issue.customFields."GitHub issue".value = issueUrl
issue.customFields."GitHub number".value = "#" + replica.key
