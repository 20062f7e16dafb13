// Outgoing on Jira, to GitHub (which has labels only).
def labels = issue.labels.collect { it.label }
if (issue.type) labels << "type: " + issue.type.name.toLowerCase()
def area = issue.customFields."Component"?.value?.value
if (area) labels << "area: " + area.toLowerCase()

replica.key         = issue.key
replica.summary     = issue.summary
replica.description = issue.description
replica.status      = issue.status
replica.labels      = labels
