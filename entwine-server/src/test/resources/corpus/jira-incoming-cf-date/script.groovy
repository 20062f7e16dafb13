// Incoming on Jira. The partner sends a date-time; our "Target date" is a plain date.
import java.time.LocalDate
import java.time.OffsetDateTime

def target = replica.customFields."Target date"?.value?.toString()
if (target) {
    issue.customFields."Target date".value = target.length() > 10 ? OffsetDateTime.parse(target).toLocalDate() : LocalDate.parse(target)
}
