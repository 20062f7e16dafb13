// Incoming on Jira, from a tool that keeps estimates as text.
def estimate = replica.customFields."Estimate"?.value
if (estimate) {
    def points = (estimate.toString() =~ /(\d+(\.\d+)?)/)
    if (points.find()) {
        issue.customFields."Story Points".value = new BigDecimal(points.group(1))
    }
}
