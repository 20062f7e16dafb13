// Incoming on GitHub, from Jira.
def otherLabels = issue.labels.findAll { !it.label.toLowerCase().startsWith("priority:") }.collect { it.label }
def priorityLabel = replica.priority ? "priority: " + replica.priority.name.toLowerCase() : "priority: medium"

issue.summary = replica.summary
issue.labels  = otherLabels + priorityLabel
