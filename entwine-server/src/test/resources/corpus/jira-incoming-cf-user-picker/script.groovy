// Incoming on Jira.
def reviewer = replica.customFields."Reviewer"?.value
issue.customFields."Reviewer".value = reviewer ? nodeHelper.getUserByEmail(reviewer.email) : null
