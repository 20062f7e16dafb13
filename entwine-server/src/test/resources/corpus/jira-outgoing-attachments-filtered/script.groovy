// Outgoing on Jira.
replica.key         = issue.key
replica.summary     = issue.summary
replica.attachments = issue.attachments.findAll { att ->
    att.filesize < 5_000_000 && !att.filename.toLowerCase().endsWith(".har")
}
