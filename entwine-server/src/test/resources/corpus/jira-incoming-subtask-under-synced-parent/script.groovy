// Incoming on Jira, from a partner Jira: sub-tasks must hang under their synced parent.
import com.exalate.api.exception.IssueTrackerException

if (firstSync && replica.parentId) {
    def localParent = nodeHelper.getLocalIssueFromRemoteId(replica.parentId)
    if (!localParent) {
        throw new IssueTrackerException("parent not synced yet (remote parent " + replica.parentId + ")")
    }
    issue.typeName = "Sub-task"
    issue.parentId = localParent.id
}
issue.summary = replica.summary
