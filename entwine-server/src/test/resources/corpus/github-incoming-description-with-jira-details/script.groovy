// Incoming on GitHub, from Jira.
def details = """| Jira | Priority | Reporter |
|---|---|---|
| [${replica.key}](${replica.url}) | ${replica.priority?.name ?: "-"} | ${replica.reporter?.displayName ?: "-"} |

"""
issue.summary     = replica.summary
issue.description = details + (replica.description ?: "")
