// Incoming on GitHub.
issue.summary = replica.summary
if (replica.summary == null) {
    System.exit(1)
}
