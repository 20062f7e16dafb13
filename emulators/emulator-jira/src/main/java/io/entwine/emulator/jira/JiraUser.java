package io.entwine.emulator.jira;

import java.time.ZoneId;

/** An Atlassian account on the site. {@code admin} may manage webhooks; {@code timeZone} is the profile zone JQL dates use. */
record JiraUser(String accountId, String email, String displayName, ZoneId timeZone, boolean admin) {

    JiraUser withTimeZone(ZoneId zone) {
        return new JiraUser(accountId, email, displayName, zone, admin);
    }
}
