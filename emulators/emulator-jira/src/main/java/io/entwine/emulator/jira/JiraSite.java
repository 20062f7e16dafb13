package io.entwine.emulator.jira;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * Everything one emulated Jira Cloud site holds: its catalog, its issues and its admin webhooks.
 * Requests lock this object for their whole duration ({@code synchronized (site)}), which keeps reads
 * consistent and webhook deliveries in the order of the changes.
 */
final class JiraSite {
    final Catalog catalog = new Catalog();
    final IssueStore issues;
    final AdminWebhooks webhooks;
    final IssueLinks links = new IssueLinks();
    private final Supplier<String> siteUrl;
    volatile String cloudId;
    volatile String serverTitle = "Jira";

    JiraSite(IssueStore issues, AdminWebhooks webhooks, Supplier<String> siteUrl, String cloudId) {
        this.issues = issues;
        this.webhooks = webhooks;
        this.siteUrl = siteUrl;
        this.cloudId = cloudId;
    }

    String url() {
        return siteUrl.get();
    }

    /** Renderings as the given viewer sees them (timestamps in the viewer's zone). */
    JiraJson json(JiraUser viewer) {
        return new JiraJson(url(), Catalog.zoneOf(viewer), catalog).with(this);
    }

    /** Renderings for webhook payloads, which Jira writes in the site's zone (UTC here). */
    JiraJson systemJson() {
        return new JiraJson(url(), ZoneOffset.UTC, catalog).with(this);
    }

    Jql.Context jqlContext(JiraUser searcher) {
        ZoneId zone = Catalog.zoneOf(searcher);
        return new Jql.Context(catalog, zone, issues.now(), searcher == null ? null : searcher.accountId(), key -> {
            try {
                issues.get(key);
                return true;
            } catch (JiraError notFound) {
                return false;
            }
        });
    }
}
