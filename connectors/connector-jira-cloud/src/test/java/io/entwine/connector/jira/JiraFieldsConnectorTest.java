package io.entwine.connector.jira;

import io.entwine.api.connector.FieldChanges;
import io.entwine.api.errors.EntityException;
import io.entwine.api.replica.HubCascade;
import io.entwine.api.replica.HubComponent;
import io.entwine.api.replica.HubCustomField;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubIssueLink;
import io.entwine.api.replica.HubOption;
import io.entwine.api.replica.HubUser;
import io.entwine.api.replica.HubVersion;
import io.entwine.api.replica.HubWorkLog;
import io.entwine.emulator.core.RecordedExchange;
import io.entwine.emulator.jira.CustomFieldType;
import io.entwine.testkit.JiraCloudContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Work logs, links, parents, typed custom fields, components, versions, due date and estimates, against the emulator. */
class JiraFieldsConnectorTest {
    private final JiraFixture f = new JiraFixture();
    private String points, severity, platforms, region, reviewer, approvers, golive, customer;

    @BeforeEach
    void fields() {
        customer = f.jira.addCustomField("Customer", CustomFieldType.TEXT);
        points = f.jira.addCustomField("Story Points", CustomFieldType.NUMBER);
        golive = f.jira.addCustomField("Go-live", CustomFieldType.DATE);
        severity = f.jira.addCustomField("Severity", CustomFieldType.SELECT, "Low", "High");
        platforms = f.jira.addCustomField("Platforms", CustomFieldType.MULTISELECT, "Linux", "Mac");
        region = f.jira.addCustomField("Region", CustomFieldType.CASCADING, "EU/Paris", "EU/Berlin");
        reviewer = f.jira.addCustomField("Reviewer", CustomFieldType.USER);
        approvers = f.jira.addCustomField("Approvers", CustomFieldType.MULTIUSER);
        f.jira.addComponent("DEMO", "Backend");
        f.jira.addVersion("DEMO", "1.0");
        f.started();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void readsWhatAliceSetBeyondTheBasics() {
        String parent = f.aliceCreates("parent");
        String other = f.aliceCreates("other");
        String alice = f.jira.accountId("alice@example.com");
        String sub = f.alice.post("/rest/api/3/issue", JiraFixture.json("{'fields':{'project':{'key':'DEMO'},'issuetype':{'name':'Sub-task'},"
                + "'summary':'child','parent':{'key':'" + parent + "'},'" + points + "':3,'" + severity + "':{'value':'High'},'"
                + platforms + "':[{'value':'Mac'}],'" + region + "':{'value':'EU','child':{'value':'Paris'}},'" + reviewer + "':{'accountId':'" + alice + "'},'"
                + customer + "':'ACME','" + golive + "':'2026-12-01','components':[{'name':'Backend'}],'fixVersions':[{'name':'1.0'}],"
                + "'duedate':'2026-12-24','timetracking':{'originalEstimate':'4h'}}}")).body().path("key").asText();
        f.alice.put("/rest/api/3/issue/" + sub, JiraFixture.json("{'update':{'worklog':[{'add':{'timeSpent':'1h','started':'2026-11-23T09:00:00.000+0000'}}],"
                + "'issuelinks':[{'add':{'type':{'name':'Blocks'},'outwardIssue':{'key':'" + other + "'}}}]}}"));

        HubIssue read = f.connector.read(sub);

        assertThat(read.getParentId()).isEqualTo(parent);
        assertThat(read.getWorkLogs()).singleElement().satisfies(w -> {
            assertThat(w.getTimeSpent()).isEqualTo(3600);
            assertThat(w.getStartDate()).isEqualTo(Instant.parse("2026-11-23T09:00:00Z"));
            assertThat(w.getAuthor().key()).isEqualTo(alice);
            assertThat(w.getId()).isNotNull();
        });
        assertThat(read.getTimeSpent()).isEqualTo(3600);
        assertThat(read.getOriginalEstimate()).isEqualTo(4 * 3600);
        assertThat(read.getRemainingEstimate()).isEqualTo(3 * 3600);
        assertThat(read.getIssueLinks()).singleElement().satisfies(l -> {
            assertThat(l.getOtherIssueId()).isEqualTo(other);
            assertThat(l.getLinkName()).isEqualTo("blocks");
            assertThat(l.getLinkTypeName()).isEqualTo("Blocks");
            assertThat(l.getUrl()).isEqualTo(f.jira.baseUrl() + "/browse/" + other);
        });
        assertThat(f.connector.read(other).getIssueLinks()).singleElement().satisfies(l -> assertThat(l.getLinkName()).isEqualTo("is blocked by"));
        assertThat(read.getComponents()).extracting(HubComponent::name).containsExactly("Backend");
        assertThat(read.getFixVersions()).extracting(HubVersion::name).containsExactly("1.0");
        assertThat(read.getDue()).isEqualTo(Instant.parse("2026-12-24T00:00:00Z"));
        Map<String, HubCustomField> cf = read.getCustomFields();
        assertThat(cf.get("Story Points").getValue()).isEqualTo(3L);
        assertThat(cf.get("Customer").getValue()).isEqualTo("ACME");
        assertThat(cf.get("Go-live").getValue()).isEqualTo(LocalDate.parse("2026-12-01"));
        assertThat(((HubOption) cf.get("Severity").getValue()).getValue()).isEqualTo("High");
        assertThat((List<?>) cf.get("Platforms").getValue()).extracting(o -> ((HubOption) o).getValue()).containsExactly("Mac");
        assertThat(((HubCascade) cf.get("Region").getValue()).child().getValue()).isEqualTo("Paris");
        assertThat(((HubUser) cf.get("Reviewer").getValue()).key()).isEqualTo(alice);
        assertThat(cf.get("Approvers").getValue()).isNull();
        assertThat(cf.get("Severity").getId()).isEqualTo(severity);
    }

    @Test
    void writesCustomFieldsComponentsVersionsDueDateAndLinksInOneEditAndNormalizesToWhatJiraReports() {
        String key = f.aliceCreates("target");
        String other = f.aliceCreates("other");
        HubIssue before = f.connector.read(key);
        Map<String, Object> changes = new LinkedHashMap<>();
        Map<String, HubCustomField> custom = new LinkedHashMap<>();
        custom.put("Story Points", new HubCustomField(null, "Story Points", HubCustomField.NUMBER, new BigDecimal("5.0")));
        custom.put("Severity", new HubCustomField(null, "Severity", HubCustomField.OPTION, "high"));
        custom.put("Region", new HubCustomField(null, "Region", HubCustomField.CASCADING, new HubCascade(HubOption.named("EU"), HubOption.named("Berlin"))));
        custom.put("Approvers", new HubCustomField(null, "Approvers", HubCustomField.USERS,
                List.of(new HubUser(null, null, "bob@example.com", null, true))));
        changes.put("customFields", custom);
        changes.put("components", List.of(HubComponent.named("Backend")));
        changes.put("fixVersions", List.of(HubVersion.named("1.0")));
        changes.put("due", Instant.parse("2026-12-24T15:00:00Z"));
        changes.put("issueLinks", List.of(new HubIssueLink(other, "is blocked by", "Blocks")));
        long writes = f.writes();
        f.clock.advance(Duration.ofMinutes(1));

        f.connector.update(key, new FieldChanges(changes));

        assertThat(f.writes() - writes).isEqualTo(1);
        HubIssue read = f.connector.read(key);
        HubIssue written = before.copy();
        written.getCustomFields().putAll(custom);
        written.setComponents(changes.get("components"));
        written.setFixVersions(changes.get("fixVersions"));
        written.setDue(changes.get("due"));
        written.setIssueLinks(changes.get("issueLinks"));
        HubIssue normal = f.connector.normalizeWritten(written);
        assertThat(normal.getComponents()).isEqualTo(read.getComponents());
        assertThat(normal.getFixVersions()).isEqualTo(read.getFixVersions());
        assertThat(normal.getDue()).isEqualTo(read.getDue()).isEqualTo(Instant.parse("2026-12-24T00:00:00Z"));
        assertThat(normal.getIssueLinks()).isEqualTo(read.getIssueLinks());
        assertThat(normal.getCustomFields().get("Story Points").getValue()).isEqualTo(read.getCustomFields().get("Story Points").getValue()).isEqualTo(5L);
        assertThat(((HubOption) read.getCustomFields().get("Severity").getValue()).getValue()).isEqualTo("High");
        assertThat(((HubCascade) read.getCustomFields().get("Region").getValue()).child().getValue()).isEqualTo("Berlin");
        assertThat((List<?>) read.getCustomFields().get("Approvers").getValue()).extracting(u -> ((HubUser) u).key())
                .containsExactly(f.jira.accountId("bob@example.com"));
        assertThat(f.connector.read(other).getIssueLinks()).singleElement().satisfies(l -> {
            assertThat(l.getOtherIssueId()).isEqualTo(key);
            assertThat(l.getLinkName()).isEqualTo("blocks");
        });
    }

    @Test
    void logsWorkInOneWriteAndReturnsTheStoredEntries() {
        String key = f.aliceCreates("worked");
        f.connector.update(key, new FieldChanges(Map.of("originalEstimate", 7200L)));
        HubIssue before = f.connector.read(key);
        HubWorkLog first = new HubWorkLog(null, null, 1800L, Instant.parse("2026-11-23T08:00:00Z"), "Paired on **it**");
        HubWorkLog second = new HubWorkLog(null, null, 600L, null, null);
        long writes = f.writes();
        f.clock.advance(Duration.ofMinutes(1));

        List<HubWorkLog> stored = f.connector.addWorkLogs(key, List.of(first, second));

        assertThat(f.writes() - writes).isEqualTo(1);
        assertThat(stored).hasSize(2).allSatisfy(w -> assertThat(w.getId()).isNotNull());
        assertThat(stored.get(0).getAuthor().key()).isEqualTo(f.connector.trackerInfo().integrationUser().key());
        assertThat(stored.get(1).getStartDate()).isEqualTo(Instant.parse("2026-11-23T10:01:00Z"));
        HubIssue read = f.connector.read(key);
        assertThat(read.getWorkLogs()).extracting(HubWorkLog::getId).containsExactly(stored.get(0).getId(), stored.get(1).getId());
        assertThat(read.getWorkLogs().get(0).getComment()).isEqualTo("Paired on **it**");
        HubIssue written = before.copy();
        written.setWorkLogs(stored);
        HubIssue normal = f.connector.normalizeWritten(written);
        assertThat(normal.getTimeSpent()).isEqualTo(read.getTimeSpent()).isEqualTo(2400L);
        assertThat(normal.getRemainingEstimate()).isEqualTo(read.getRemainingEstimate()).isEqualTo(4800L);
        assertThat(normal.getWorkLogs()).isEqualTo(read.getWorkLogs());
    }

    @Test
    void createsASubTaskUnderItsParentWithCustomFields() {
        String parent = f.aliceCreates("parent");
        HubIssue draft = new HubIssue();
        draft.setSummary("child");
        draft.setTypeName("Sub-task");
        draft.setParentId(parent);
        draft.getCustomFields().put("Severity", new HubCustomField(null, "Severity", HubCustomField.OPTION, "Low"));
        draft.getCustomFields().put("Customer", new HubCustomField(null, "Customer", HubCustomField.TEXT, null));

        String key = f.connector.create(draft).key();

        HubIssue read = f.connector.read(key);
        assertThat(read.getParentId()).isEqualTo(parent);
        assertThat(((HubOption) read.getCustomFields().get("Severity").getValue()).getValue()).isEqualTo("Low");
        String another = f.aliceCreates("another");
        f.connector.update(key, new FieldChanges(Map.of("parentId", another)));
        assertThat(f.connector.read(key).getParentId()).isEqualTo(another);
    }

    @Test
    void refusesWhatJiraCannotTakeNamingIt() {
        String key = f.aliceCreates("target");
        String other = f.aliceCreates("other");
        f.connector.update(key, new FieldChanges(Map.of("issueLinks", List.of(new HubIssueLink(other, "relates to", "Relates")))));

        assertThatThrownBy(() -> f.connector.update(key, new FieldChanges(Map.of("issueLinks", List.of()))))
                .isInstanceOf(EntityException.class).hasMessageContaining("cannot remove links").hasMessageContaining(other);
        assertThatThrownBy(() -> f.connector.update(key, new FieldChanges(Map.of("customFields",
                Map.of("Nope", new HubCustomField(null, "Nope", null, "x"))))))
                .isInstanceOf(EntityException.class).hasMessageContaining("'Nope'");
        assertThatThrownBy(() -> f.connector.addWorkLogs(key, List.of(new HubWorkLog(null, null, 0L, null, null))))
                .isInstanceOf(EntityException.class).hasMessageContaining("time spent");
    }

    @Test
    void everyRequestForTheseFieldsFitsTheOfficialDescription() {
        String parent = f.aliceCreates("parent");
        HubIssue draft = new HubIssue();
        draft.setSummary("child");
        draft.setTypeName("Sub-task");
        draft.setParentId(parent);
        draft.getCustomFields().put("Platforms", new HubCustomField(null, "Platforms", HubCustomField.OPTIONS, List.of("Linux")));
        draft.setComponents(List.of("Backend"));
        draft.setIssueLinks(List.of(new HubIssueLink(parent, "relates to", "Relates")));
        String key = f.connector.create(draft).key();
        f.connector.update(key, new FieldChanges(Map.of("customFields", Map.of("Go-live",
                new HubCustomField(null, "Go-live", HubCustomField.DATE, "2026-12-01")), "due", Instant.parse("2026-12-02T00:00:00Z"),
                "environment", "Linux *x86*", "originalEstimate", 3600L)));
        f.connector.addWorkLogs(key, List.of(new HubWorkLog(null, null, 900L, Instant.parse("2026-11-23T08:00:00Z"), "note")));
        f.connector.read(key);

        List<RecordedExchange> exchanges = f.jira.journal().matching(e -> e.path().startsWith("/rest/api/3/"));
        assertThat(exchanges).extracting(e -> e.method() + " " + e.path().replaceAll("DEMO-\\d+", "{}"))
                .contains("GET /rest/api/3/field", "PUT /rest/api/3/issue/{}", "POST /rest/api/3/issue");
        assertThat(exchanges).extracting(RecordedExchange::status).doesNotContain(400);
        assertThat(new JiraCloudContract().violations(exchanges)).isEmpty();
    }
}
