// Incoming on GitHub, from Jira.
def team = replica.customKeys."team"
def labels = issue.labels.findAll { !it.label.startsWith("team:") }.collect { it.label }
if (team) labels << "team: " + team.toString().toLowerCase()

issue.summary = replica.summary
issue.labels  = labels
