// Incoming on Jira. Our "Platforms" field offers only these options.
def offered = ["Web", "iOS", "Android"]
def remote = replica.customFields."Platforms"?.value?.collect { it.value } ?: []
def kept = remote.findAll { it in offered }
if (kept.size() < remote.size()) {
    log.info("Platforms {} are not offered here", remote - kept)
}
issue.customFields."Platforms".value = kept
