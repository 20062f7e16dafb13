// Incoming on GitHub, from Jira. Jira has one assignee; the team keeps helpers in a multi-user field.
def people = [replica.assignee] + (replica.customFields."Co-assignees"?.value ?: [])
def logins = people.findAll { it != null }
        .collect { nodeHelper.getUserByEmail(it.email) }
        .findAll { it != null }
        .unique { it.key }

issue.assignees = logins
issue.assignee  = logins ? logins[0] : null
