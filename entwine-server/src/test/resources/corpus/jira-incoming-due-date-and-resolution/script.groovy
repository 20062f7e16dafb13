// Incoming on Jira, from GitHub.
issue.due = replica.due
if (replica.status?.name == "closed") {
    issue.setStatus("Done")
    issue.resolution = nodeHelper.getResolution(replica.resolution?.name == "not_planned" ? "Won't Do" : "Done")
}
