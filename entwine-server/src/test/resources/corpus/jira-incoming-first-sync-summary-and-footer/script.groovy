// Incoming on Jira, from GitHub.
def footer = "\n\n---\n_Synced from [GitHub #${replica.key}](${issueUrl})_"

if (firstSync) {
    issue.typeName = "Task"
}
issue.summary     = "[GH-${replica.key}] ${replica.summary}"
issue.description = (replica.description ?: "") + footer
