import com.exalate.basic.domain.hubobject.v1.BasicHubUser
import com.exalate.api.exception.IssueTrackerException

// Incoming on Jira - copied from an Exalate deployment.
def defaultUser = nodeHelper.getUserByEmail("bob@example.com")
issue.summary = replica.summary
def remoteAssignee = replica.assignee as BasicHubUser
issue.assignee = nodeHelper.getUserByEmail(remoteAssignee?.email) ?: defaultUser
if (!issue.assignee) {
    throw new IssueTrackerException("no default assignee configured")
}
