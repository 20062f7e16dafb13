// Incoming on Jira: remember when the customer opened the ticket on their side.
if (!issue.customFields."Customer reported at"?.value) {
    issue.customFields."Customer reported at".value = replica.created
}
