// Outgoing on GitHub: the description ends with a machine-readable block the bot maintains.
import groovy.json.JsonOutput
import groovy.json.JsonSlurper

def marker = "<!-- entwine:"
def text = issue.description ?: ""
def meta = [:]
def at = text.indexOf(marker)
if (at >= 0) {
    meta = new JsonSlurper().parseText(text.substring(at + marker.length(), text.indexOf("-->", at)).trim())
    text = text.substring(0, at).trim()
}

replica.key         = issue.key
replica.summary     = issue.summary
replica.description = text
replica.customKeys."meta"     = meta
replica.customKeys."metaJson" = JsonOutput.toJson(meta)
