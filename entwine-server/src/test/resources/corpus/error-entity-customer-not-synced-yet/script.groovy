// Incoming on Jira: tickets must belong to a known customer organisation first.
def customer = replica.customKeys."customerKey"
if (!customer) {
    throw new io.entwine.api.errors.EntityException("customer of " + replica.key + " not synced yet")
}
issue.summary = replica.summary
