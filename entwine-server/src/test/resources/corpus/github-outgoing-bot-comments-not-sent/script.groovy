// Outgoing on GitHub, to Jira.
def isBot = { user -> user?.username?.endsWith("[bot]") || user?.username in ["demo-bot", "ci-runner"] }

replica.key         = issue.key
replica.summary     = issue.summary
replica.description = issue.description
replica.status      = issue.status
replica.comments    = issue.comments.findAll { !isBot(it.author) }
