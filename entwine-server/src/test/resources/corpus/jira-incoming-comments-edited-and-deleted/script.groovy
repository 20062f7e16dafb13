// Incoming on Jira, from GitHub: the default comment handling.
issue.comments = commentHelper.mergeComments(issue, replica)
