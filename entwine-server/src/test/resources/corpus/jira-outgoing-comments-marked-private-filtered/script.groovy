// Outgoing on Jira. Some teams cannot restrict comments, so they mark them by hand.
def isPrivate = { c -> c.internal || c.body?.trim()?.toLowerCase()?.startsWith("[private]") }

replica.key      = issue.key
replica.summary  = issue.summary
replica.comments = issue.comments.findAll { !isPrivate(it) }
