package io.entwine.emulator.jira;

import java.util.ArrayList;
import java.util.List;

/** The site's issue links (each shown on both its issues) with Jira's link ids. Guarded by the site's monitor. */
final class IssueLinks {
    private final List<JiraLink> links = new ArrayList<>();
    private long nextLinkId = 10000;

    /** Links the two issues, or returns the existing identical link (Jira does not duplicate a link). */
    JiraLink link(LinkType type, JiraIssue outward, JiraIssue inward) {
        for (JiraLink l : links) if (l.type().equals(type) && l.outward() == outward && l.inward() == inward) return l;
        JiraLink link = new JiraLink(String.valueOf(nextLinkId++), type, outward, inward);
        links.add(link);
        return link;
    }

    boolean exists(LinkType type, JiraIssue outward, JiraIssue inward) {
        for (JiraLink l : links) if (l.type().equals(type) && l.outward() == outward && l.inward() == inward) return true;
        return false;
    }

    List<JiraLink> of(JiraIssue issue) {
        return links.stream().filter(l -> l.involves(issue)).toList();
    }

    void removeAllOf(JiraIssue issue) {
        links.removeIf(l -> l.involves(issue));
    }
}
