// Outgoing on Jira - ported from an Exalate deployment unchanged.
import com.exalate.basic.domain.hubobject.v1.BasicHubComment
import com.exalate.basic.domain.hubobject.v1.BasicHubUser
import groovy.json.JsonOutput

def escalation = new BasicHubComment()
escalation.body = "Escalated by " + (issue.reporter?.displayName ?: "unknown") + " on " + issue.created.toString().substring(0, 10)
def bot = new BasicHubUser()
bot.email = "demo@example.com"
bot.displayName = "Sync bot"
escalation.author = bot

replica.key      = issue.key
replica.summary  = issue.summary
replica.priority = issue.priority
replica.comments = issue.comments.findAll { !it.internal } + escalation
replica.customKeys."escalation" = JsonOutput.toJson([escalated: true, level: issue.priority?.name])
