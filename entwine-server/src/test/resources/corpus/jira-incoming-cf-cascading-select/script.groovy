// Incoming on Jira.
def region = replica.customFields."Region"?.value
if (region?.parent?.value) {
    issue.customFields."Region".value = [parent: [value: region.parent.value], child: region.child ? [value: region.child.value] : null]
}
