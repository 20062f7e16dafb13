// Outgoing on GitHub: this connection is one-way from Jira, nothing goes back.
return
