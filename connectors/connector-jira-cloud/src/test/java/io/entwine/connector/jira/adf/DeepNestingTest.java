package io.entwine.connector.jira.adf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Absurdly deep input must degrade to text, not exhaust the stack. */
class DeepNestingTest {

    @ParameterizedTest
    @ValueSource(strings = {"> ", "- ", "1. ", "* "})
    void convertsMarkdownNestedThousandsOfLevelsDeep(String container) {
        String markdown = container.repeat(5_000) + "deep *text*";

        String normalized = AdfMarkdown.normalize(markdown);

        assertThat(normalized).contains("deep");
        assertThat(AdfMarkdown.normalize(normalized)).isEqualTo(normalized);
        assertThat(AdfValidator.problems(AdfMarkdown.toAdf(markdown))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "_", "~~", "["})
    void convertsThousandsOfNestedInlineDelimiters(String delimiter) {
        String markdown = delimiter.repeat(10_000) + "core" + (delimiter.equals("[") ? "](u)" : delimiter).repeat(10_000);

        String normalized = AdfMarkdown.normalize(markdown);

        assertThat(normalized).contains("core");
        assertThat(AdfMarkdown.normalize(normalized)).isEqualTo(normalized);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bulletList", "blockquote", "futureNode", "panel"})
    void convertsAdfNestedThousandsOfLevelsDeep(String type) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode inner = json.objectNode().put("type", "paragraph");
        inner.putArray("content").addObject().put("type", "text").put("text", "deep");
        for (int i = 0; i < 3_000; i++) {
            ObjectNode item = json.objectNode().put("type", type.equals("bulletList") ? "listItem" : type);
            item.putArray("content").add(inner);
            inner = item;
            if (type.equals("bulletList")) {
                inner = json.objectNode().put("type", "bulletList");
                inner.putArray("content").add(item);
            }
        }
        ObjectNode doc = json.objectNode().put("type", "doc").put("version", 1);
        doc.putArray("content").add(inner);

        String markdown = AdfMarkdown.toMarkdown(doc);

        assertThat(markdown).contains("deep");
        assertThat(AdfMarkdown.normalize(markdown)).isEqualTo(markdown);
    }
}
