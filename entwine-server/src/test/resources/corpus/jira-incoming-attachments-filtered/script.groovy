// Incoming on Jira, from GitHub.
def MAX_BYTES = 10 * 1024 * 1024
def blocked = ~/(?i).*\.(exe|bat|cmd|sh|msi)$/

replica.addedAttachments = replica.addedAttachments.findAll { att ->
    att.filesize <= MAX_BYTES && !(att.filename ==~ blocked)
}
issue.attachments = attachmentHelper.mergeAttachments(issue, replica)
