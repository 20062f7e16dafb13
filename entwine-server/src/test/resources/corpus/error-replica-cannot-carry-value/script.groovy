// Outgoing on GitHub.
replica.key = issue.key
replica.customKeys."formatter" = { text -> text.toUpperCase() }
