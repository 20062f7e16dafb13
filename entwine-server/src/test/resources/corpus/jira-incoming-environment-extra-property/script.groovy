// Incoming on Jira. The GitHub side parses "Browser:" out of the issue template into replica.browser.
issue.customFields."Browser".value = replica.browser ?: "unknown"
issue.customFields."OS".value = replica.operatingSystem ?: "unknown"
