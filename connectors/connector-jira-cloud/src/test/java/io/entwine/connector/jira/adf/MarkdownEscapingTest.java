package io.entwine.connector.jira.adf;

import static io.entwine.connector.jira.adf.AdfJson.doc;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** ADF text that looks like Markdown must come back from Markdown as the same literal text. */
class MarkdownEscapingTest {

    static Stream<Arguments> literalTexts() {
        return Stream.of(
                Arguments.of("2 * 3 * 4", "2 * 3 * 4"),
                Arguments.of("*stars* and 2*3", "\\*stars\\* and 2\\*3"),
                Arguments.of("snake_case_name and _under_", "snake_case_name and \\_under\\_"),
                Arguments.of("use `code` here", "use \\`code\\` here"),
                Arguments.of("[not a link](http://x)", "\\[not a link\\](http://x)"),
                Arguments.of("# not a heading", "\\# not a heading"),
                Arguments.of("#123 is an issue", "#123 is an issue"),
                Arguments.of("> not a quote", "\\> not a quote"),
                Arguments.of("1. not a list", "1\\. not a list"),
                Arguments.of("2) not a list", "2\\) not a list"),
                Arguments.of("- not a list", "\\- not a list"),
                Arguments.of("+ not a list", "\\+ not a list"),
                Arguments.of("---", "\\---"),
                Arguments.of("-5 degrees", "-5 degrees"),
                Arguments.of("~~not struck~~", "\\~\\~not struck\\~\\~"),
                Arguments.of("a <div> tag & <!-- x -->", "a \\<div> tag & \\<!-- x -->"),
                Arguments.of("AT&T &amp; &#35;", "AT&T \\&amp; \\&#35;"),
                Arguments.of("C:\\path\\*.txt", "C:\\path\\\\\\*.txt"),
                Arguments.of("ends with backslash\\", "ends with backslash\\\\"),
                Arguments.of("Hello! ![img](x)", "Hello! !\\[img\\](x)"),
                Arguments.of("    four spaces", "&#32;   four spaces"),
                Arguments.of("a | b", "a | b"),
                Arguments.of("```", "\\`\\`\\`"),
                Arguments.of("[ ] not a task", "\\[ \\] not a task"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("literalTexts")
    void escapesMarkdownSyntaxInParagraphText(String text, String markdown) {
        JsonNode adf = doc("{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":" + quote(text) + "}]}");
        assertThat(AdfMarkdown.toMarkdown(adf)).isEqualTo(markdown);
        assertThat(AdfMarkdown.toAdf(markdown)).isEqualTo(adf);
    }

    @Test
    void escapesLineStartSyntaxAfterEveryHardBreak() {
        JsonNode adf = doc("""
                {"type":"paragraph","content":[{"type":"text","text":"intro"},{"type":"hardBreak"},
                  {"type":"text","text":"# h"},{"type":"hardBreak"},{"type":"text","text":"="},{"type":"hardBreak"},
                  {"type":"text","text":"- x"},{"type":"hardBreak"},{"type":"text","text":"|-|"}]}""");
        String markdown = AdfMarkdown.toMarkdown(adf);
        assertThat(markdown).isEqualTo("intro\n\\# h\n\\=\n\\- x\n\\|-|");
        assertThat(AdfMarkdown.toAdf(markdown)).isEqualTo(adf);
    }

    @Test
    void escapesPipesInTableCellsIncludingCode() {
        JsonNode adf = doc("""
                {"type":"table","attrs":{"isNumberColumnEnabled":false,"layout":"default"},"content":[
                  {"type":"tableRow","content":[
                    {"type":"tableHeader","content":[{"type":"paragraph","content":[{"type":"text","text":"a|b"}]}]},
                    {"type":"tableHeader","content":[{"type":"paragraph","content":[
                      {"type":"text","text":"x || y","marks":[{"type":"code"}]}]}]}]}]}""");
        String markdown = AdfMarkdown.toMarkdown(adf);
        assertThat(markdown).isEqualTo("| a\\|b | `x \\|\\| y` |\n| --- | --- |");
        assertThat(AdfMarkdown.toAdf(markdown)).isEqualTo(adf);
    }

    @Test
    void escapesAClosingHashSequenceInHeadings() {
        JsonNode adf = doc("""
                {"type":"heading","attrs":{"level":1},"content":[{"type":"text","text":"C #"}]},
                {"type":"heading","attrs":{"level":2},"content":[{"type":"text","text":"#"}]}""");
        String markdown = AdfMarkdown.toMarkdown(adf);
        assertThat(markdown).isEqualTo("# C \\#\n\n## \\#");
        assertThat(AdfMarkdown.toAdf(markdown)).isEqualTo(adf);
    }

    @Test
    void writesCodeSpansAroundBackticksWithLongerFences() {
        JsonNode adf = doc("""
                {"type":"paragraph","content":[{"type":"text","text":"a `tick` and ``two``","marks":[{"type":"code"}]},
                  {"type":"text","text":" "},{"type":"text","text":"`edge","marks":[{"type":"code"}]}]}""");
        String markdown = AdfMarkdown.toMarkdown(adf);
        assertThat(markdown).isEqualTo("``` a `tick` and ``two`` ``` `` `edge ``");
        assertThat(AdfMarkdown.toAdf(markdown)).isEqualTo(adf);
    }

    private static String quote(String text) {
        return new TextNode(text).toString();
    }
}
