// Incoming on Jira, from GitHub. Jira labels cannot contain spaces.
def remote = replica.labels.collect { it.label.trim().replaceAll(/\s+/, "-").toLowerCase() }
def local = issue.labels.collect { it.label }
issue.labels = (local + remote).unique()
