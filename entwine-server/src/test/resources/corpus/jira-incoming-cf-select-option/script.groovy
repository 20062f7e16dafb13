// Incoming on Jira, from a partner Jira whose Severity options are S1..S4.
def severityMap = ["S1": "Critical", "S2": "Major", "S3": "Minor", "S4": "Low"]
def remoteSeverity = replica.customFields."Severity"?.value?.value
issue.customFields."Severity".value = severityMap[remoteSeverity] ?: "Minor"
