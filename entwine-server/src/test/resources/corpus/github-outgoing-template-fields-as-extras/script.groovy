// Outgoing on GitHub: our issue template has "Browser: ..." and "Version: ..." lines.
def field = { name ->
    def m = (issue.description ?: "") =~ /(?m)^${name}:\s*(.+)$/
    m.find() ? m.group(1).trim() : null
}

replica.key         = issue.key
replica.summary     = issue.summary
replica.description = issue.description
replica.browser     = field("Browser")
replica.appVersion  = field("Version")
