// Incoming on Jira: a script ported from a ServiceNow connection keeps its "connect" idiom.
import scala.collection.JavaConverters

if (firstSync && replica.parentId) {
    def existing = nodeHelper.getLocalIssueKeyFromRemoteId(replica.parentId)
    if (existing) {
        return new scala.Tuple2(existing, JavaConverters.asScalaBuffer([]))
    }
}
issue.summary = replica.summary
