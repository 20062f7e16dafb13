package io.entwine.script.helpers;

import io.entwine.api.replica.HubCascade;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubComponent;
import io.entwine.api.replica.HubCustomField;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubOption;
import io.entwine.api.replica.HubResolution;
import io.entwine.api.replica.HubUser;
import io.entwine.api.replica.HubVersion;
import io.entwine.script.LookupConnector;
import io.entwine.script.TwinLookup;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class NodeHelperTest {
    private final LookupConnector jira = LookupConnector.jira();
    private final TwinLookup twins = new TwinLookup() {
        @Override
        public Optional<TwinRef> byRemote(String remoteIdOrKey, String entityType) {
            return remoteIdOrKey.equals("42") || remoteIdOrKey.equals("GH-42")
                    ? Optional.of(new TwinRef("DEMO-7", "10007", "GH-42", "42", "https://gh/42")) : Optional.empty();
        }

        @Override
        public Optional<TwinRef> byLocal(String localKey) {
            return Optional.empty();
        }
    };
    private final NodeHelper helper = new NodeHelper(jira, twins);

    @Test
    void namesWhatTheConnectorCannotLookUpAndRefusesNothingBlank() {
        assertThat(helper.getResolution("Fixed")).isEqualTo(HubResolution.named("Fixed"));
        assertThat(helper.getProject("DEMO").key()).isEqualTo("DEMO");
        assertThat(helper.getUser("acc-1")).isEqualTo(new HubUser("acc-1", null, null, null, null));
        assertThat(helper.getComponent("UI", "DEMO")).isEqualTo(HubComponent.named("UI"));
        assertThat(helper.createComponent(new HubIssue(), "API", "the api", "lead", null)).isEqualTo(new HubComponent(null, "API", "the api"));
        assertThat(helper.getVersion("1.0")).isEqualTo(HubVersion.named("1.0"));
        assertThat(helper.createVersion(new HubIssue(), "2.0", "next")).isEqualTo(new HubVersion(null, "2.0", "next"));
        assertThat(helper.getLabel("x").label()).isEqualTo("x");
        assertThat(helper.getIssueLinkType("Blocks").name()).isEqualTo("Blocks");
        assertThat(helper.isUserAssignable("DEMO", HubUser.ofKey("a"))).isTrue();
        assertThat(helper.canUserEditComments("anyone")).isTrue();
        for (String blank : new String[] {null, "", "  "}) {
            assertThat(helper.getResolution(blank)).isNull();
            assertThat(helper.getProject(blank)).isNull();
            assertThat(helper.getUser(blank)).isNull();
            assertThat(helper.getVersion(blank)).isNull();
            assertThat(helper.getComponent(blank)).isNull();
            assertThat(helper.getStatus(blank)).isNull();
        }
        assertThat(helper.getUserByUsername("ann")).isNull();
        assertThat(helper.getUserByFullName("Ann Lee")).isNull();
        assertThat(jira.lookupsMade()).isEmpty();
    }

    @Test
    void optionsComeFromTheFieldsAllowedValuesWhenKnown() {
        HubIssue issue = new HubIssue();
        HubCustomField severity = new HubCustomField("cf_1", "Severity", "option", null);
        severity.setOptions(List.of(new HubOption("1", "High"), new HubOption("2", "Low")));
        issue.getCustomFields().put("cf_1", severity);
        assertThat(helper.getOption(issue, "Severity", "low")).isEqualTo(new HubOption("2", "Low"));
        assertThat(helper.getOption(issue, "cf_1", "1")).isEqualTo(new HubOption("1", "High"));
        assertThat(helper.getOption(issue, "Severity", "Medium")).isEqualTo(HubOption.named("Medium"));
        assertThat(helper.getOption(issue, "Nope", "x")).isEqualTo(HubOption.named("x"));
        assertThat(helper.getOption(issue, "Severity", null)).isNull();
        assertThat(helper.getCascadingSelect("Europe", new HubOption("11", "France")))
                .isEqualTo(new HubCascade(HubOption.named("Europe"), new HubOption("11", "France")));
        assertThat(helper.getCascadingSelect(null, " ")).isNull();
    }

    @Test
    void findsLocalTwinsByRemoteIdOrKey() {
        HubIssue parent = new HubIssue();
        parent.setKey("DEMO-7");
        parent.setId("10007");
        jira.entity(parent);
        assertThat(helper.getLocalIssueKeyFromRemoteId(42L).getKey()).isEqualTo("DEMO-7");
        assertThat(helper.getLocalIssueKeyFromRemoteId(42L).getId()).isEqualTo(10007L);
        assertThat(helper.getLocalIssueFromRemoteId("42").getId()).isEqualTo("10007");
        assertThat(helper.getLocalIssueFromRemoteUrn("GH-42", "issue").getKey()).isEqualTo("DEMO-7");
        assertThat(helper.getLocalIssueFromRemoteId("43")).isNull();
        assertThat(helper.getLocalIssueKeyFromRemoteId(null)).isNull();
    }

    @Test
    void readsServiceNowReferencesThroughTheTableApi() {
        jira.answer("GET /api/now/table/incident?sysparm_limit=1&sysparm_query=number%3DINC001", 200,
                "{\"result\":[{\"sys_id\":\"abc\",\"number\":\"INC001\"}]}");
        assertThat(helper.getReference("incident", "number", "INC001")).containsEntry("sys_id", "abc");
        assertThat(helper.getReference("incident", "number", "INC404")).isNull();
    }

    @Test
    void stripsHtmlAndRendersMarkdown() {
        assertThat(helper.stripHtml("<p>Hello&nbsp;<b>world</b></p><ul><li>one</li><li>two &amp; three</li></ul><script>x()</script>"))
                .isEqualTo("Hello world\n- one\n- two & three");
        assertThat(helper.stripHtml("a<br/>b&#33;&#x41;")).isEqualTo("a\nb!A");
        List<HubComment> stripped = helper.stripHtmlFromComments(List.of(new HubComment("1", "<i>hi</i>", null, null, null)));
        assertThat(stripped).extracting(HubComment::getBody).containsExactly("hi");
        HubIssue issue = new HubIssue();
        issue.setDescription("**bold** <script>");
        assertThat(helper.getHtmlField(issue, "description")).isEqualTo("<p><strong>bold</strong> &lt;script&gt;</p>\n");
        assertThat(helper.getHtmlField(issue, "environment")).isNull();
    }
}
