package io.entwine.connector.jira.adf;

import static io.entwine.connector.jira.adf.AdfJson.doc;
import static io.entwine.connector.jira.adf.AdfJson.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The validator guards the "valid for Jira" claims of the other tests, so it must catch violations. */
class AdfValidatorTest {

    @Test
    void acceptsWhatJiraAccepts() {
        assertThat(AdfValidator.problems(doc("""
                {"type":"orderedList","attrs":{"order":3},"content":[{"type":"listItem","content":[
                  {"type":"paragraph","content":[{"type":"text","text":"x","marks":[{"type":"link","attrs":{"href":"u"}},{"type":"code"}]}]},
                  {"type":"bulletList","content":[{"type":"listItem","content":[{"type":"paragraph","content":[]}]}]}]}]}"""))).isEmpty();
    }

    @Test
    void reportsEachBrokenRuleWithItsPath() {
        assertThat(AdfValidator.problems(doc("""
                {"type":"paragraph","marks":[{"type":"strong"}],"content":[{"type":"text","text":""},
                  {"type":"text","text":"x","marks":[{"type":"code"},{"type":"strong"}]}]},
                {"type":"bulletList","content":[{"type":"listItem","content":[
                  {"type":"bulletList","content":[{"type":"listItem","content":[{"type":"heading","content":[]}]}]}]}]},
                {"type":"codeBlock","content":[{"type":"text","text":"c","marks":[{"type":"em"}]}]},
                {"type":"orderedList","attrs":{"order":-1},"content":[]}"""))).containsExactlyInAnyOrder(
                "$.content[0]: field 'marks' not allowed on paragraph",
                "$.content[0].content[0]: text must be a non-empty string",
                "$.content[0].content[1]: code can only be combined with link, got [code, strong]",
                "$.content[1].content[0].content[0]: a listItem must start with a paragraph or codeBlock",
                "$.content[1].content[0].content[0].content[0].content[0]: heading not allowed in listItem",
                "$.content[1].content[0].content[0].content[0].content[0]: a listItem must start with a paragraph or codeBlock",
                "$.content[1].content[0].content[0].content[0].content[0]: heading.attrs.level must be 1..6",
                "$.content[2].content[0]: no marks allowed in codeBlock",
                "$.content[3]: orderedList.attrs.order must be an integer >= 0",
                "$.content[3]: orderedList needs at least one child");
    }

    @Test
    void requiresADocRoot() {
        assertThat(AdfValidator.problems(json("{\"type\":\"paragraph\",\"content\":[]}")))
                .contains("$: root must be {type: doc, version: 1, content: [...]}");
    }
}
