// Outgoing on GitHub: someone tried to read a mapping file from disk.
def mapping = new File("/etc/entwine/mapping.csv").text
replica.key = issue.key
