package io.entwine.connector.jira.adf;

import static io.entwine.connector.jira.adf.AdfJson.doc;
import static io.entwine.connector.jira.adf.AdfJson.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import org.junit.jupiter.api.Test;

class AdfToMarkdownTest {

    /** Converts and checks the Markdown is already normal, i.e. reads back to the same Markdown. */
    private static String convert(JsonNode adf) {
        String markdown = AdfMarkdown.toMarkdown(adf);
        assertThat(AdfMarkdown.normalize(markdown)).as("normalize(toMarkdown(adf))").isEqualTo(markdown);
        return markdown;
    }

    private static JsonNode paragraph(String inlines) {
        return doc("{\"type\":\"paragraph\",\"content\":[" + inlines + "]}");
    }

    @Test
    void nullOrMissingIsNullAndAnEmptyDocumentIsEmptyText() {
        assertThat(AdfMarkdown.toMarkdown(null)).isNull();
        assertThat(AdfMarkdown.toMarkdown(NullNode.getInstance())).isNull();
        assertThat(AdfMarkdown.toMarkdown(MissingNode.getInstance())).isNull();
        assertThat(convert(doc(""))).isEmpty();
        assertThat(convert(doc("{\"type\":\"paragraph\",\"content\":[]}"))).isEmpty();
    }

    @Test
    void writesParagraphsSeparatedByABlankLineAndHardBreaksAsLineEnds() {
        assertThat(convert(doc("""
                {"type":"paragraph","content":[{"type":"text","text":"one"},{"type":"hardBreak"},{"type":"text","text":"two"}]},
                {"type":"paragraph","content":[{"type":"text","text":"three"}]}""")))
                .isEqualTo("one\ntwo\n\nthree");
    }

    @Test
    void writesRepeatedHardBreaksWithBrSoTheParagraphDoesNotSplit() {
        assertThat(convert(paragraph("""
                {"type":"hardBreak"},{"type":"text","text":"a "},{"type":"hardBreak"},{"type":"hardBreak"},
                {"type":"text","text":"b"},{"type":"hardBreak"}""")))
                .isEqualTo("a\n<br>b");
    }

    @Test
    void writesHeadingsWithHashes() {
        assertThat(convert(doc("""
                {"type":"heading","attrs":{"level":2},"content":[{"type":"text","text":"Two"}]},
                {"type":"heading","attrs":{"level":6},"content":[{"type":"text","text":"Six"}]}""")))
                .isEqualTo("## Two\n\n###### Six");
    }

    @Test
    void writesMarksInTheHouseStyle() {
        assertThat(convert(paragraph("""
                {"type":"text","text":"b","marks":[{"type":"strong"}]},{"type":"text","text":" "},
                {"type":"text","text":"e","marks":[{"type":"em"}]},{"type":"text","text":" "},
                {"type":"text","text":"s","marks":[{"type":"strike"}]},{"type":"text","text":" "},
                {"type":"text","text":"c","marks":[{"type":"code"}]},{"type":"text","text":" "},
                {"type":"text","text":"all","marks":[{"type":"strong"},{"type":"em"},{"type":"strike"}]}""")))
                .isEqualTo("**b** *e* ~~s~~ `c` ***~~all~~***");
    }

    @Test
    void nestsMarksThatSpanSeveralTextNodes() {
        assertThat(convert(paragraph("""
                {"type":"text","text":"bold ","marks":[{"type":"strong"}]},
                {"type":"text","text":"both","marks":[{"type":"strong"},{"type":"em"}]},
                {"type":"text","text":" bold","marks":[{"type":"strong"}]}""")))
                .isEqualTo("**bold *both* bold**");
    }

    @Test
    void movesWhitespaceOutOfEmphasisSoTheDelimitersStillWork() {
        assertThat(convert(paragraph("""
                {"type":"text","text":"Note: "},{"type":"text","text":"important ","marks":[{"type":"strong"}]},
                {"type":"text","text":"stuff"}""")))
                .isEqualTo("Note: **important** stuff");
    }

    @Test
    void fallsBackToHtmlTagsWhereDelimitersWouldNotBeRead() {
        assertThat(convert(paragraph("""
                {"type":"text","text":"x"},{"type":"text","text":"(a)","marks":[{"type":"strong"}]},{"type":"text","text":"y"}""")))
                .isEqualTo("x<strong>(a)</strong>y");
    }

    @Test
    void writesLinksWithTitlesAutolinksAndMailLinks() {
        assertThat(convert(paragraph("""
                {"type":"text","text":"site","marks":[{"type":"link","attrs":{"href":"http://a.b/(c)","title":"Say \\"hi\\""}}]},
                {"type":"text","text":" "},
                {"type":"text","text":"https://x.y/z?a=1&b=2","marks":[{"type":"link","attrs":{"href":"https://x.y/z?a=1&b=2"}}]},
                {"type":"text","text":" "},
                {"type":"text","text":"me@x.y","marks":[{"type":"link","attrs":{"href":"mailto:me@x.y"}}]},
                {"type":"text","text":" "},
                {"type":"text","text":"spaced","marks":[{"type":"link","attrs":{"href":"http://x/a b"}},{"type":"strong"}]}""")))
                .isEqualTo("[site](http://a.b/\\(c\\) \"Say \\\"hi\\\"\") <https://x.y/z?a=1&b=2> <me@x.y> [**spaced**](<http://x/a b>)");
    }

    @Test
    void writesCodeBlocksWithAFenceLongerThanAnyBacktickRunInside() {
        assertThat(convert(doc("""
                {"type":"codeBlock","attrs":{"language":"markdown"},"content":[{"type":"text","text":"```\\n*x*\\n```"}]},
                {"type":"codeBlock","content":[{"type":"text","text":"plain"}]}""")))
                .isEqualTo("````markdown\n```\n*x*\n```\n````\n\n```\nplain\n```");
    }

    @Test
    void writesNestedListsWithTheirStartNumbers() {
        assertThat(convert(doc("""
                {"type":"orderedList","attrs":{"order":9},"content":[
                  {"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"nine"}]},
                    {"type":"bulletList","content":[
                      {"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"inner"}]}]}]}]},
                  {"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"ten"}]},
                    {"type":"paragraph","content":[{"type":"text","text":"more"}]},
                    {"type":"codeBlock","content":[{"type":"text","text":"code"}]}]}]}""")))
                .isEqualTo("9. nine\n   - inner\n10. ten\n\n    more\n\n    ```\n    code\n    ```");
    }

    @Test
    void alternatesMarkersSoThatAdjacentListsStaySeparate() {
        String bullet = "{\"type\":\"bulletList\",\"content\":[{\"type\":\"listItem\",\"content\":"
                + "[{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"x\"}]}]}]}";
        String ordered = bullet.replace("bulletList", "orderedList");
        assertThat(convert(doc(String.join(",", bullet, bullet, bullet, ordered, ordered))))
                .isEqualTo("- x\n\n* x\n\n- x\n\n1. x\n\n1) x");
    }

    @Test
    void writesBlockquotesAndRules() {
        assertThat(convert(doc("""
                {"type":"blockquote","content":[{"type":"paragraph","content":[{"type":"text","text":"q1"}]},
                  {"type":"paragraph","content":[{"type":"text","text":"q2"}]}]},
                {"type":"rule"}""")))
                .isEqualTo("> q1\n>\n> q2\n\n---");
    }

    @Test
    void writesTablesAsPipeTables() {
        assertThat(convert(doc("""
                {"type":"table","content":[
                  {"type":"tableRow","content":[
                    {"type":"tableHeader","content":[{"type":"paragraph","content":[{"type":"text","text":"Key"}]}]},
                    {"type":"tableHeader","content":[{"type":"paragraph","content":[{"type":"text","text":"Value"}]}]}]},
                  {"type":"tableRow","content":[
                    {"type":"tableCell","content":[{"type":"paragraph","content":[{"type":"text","text":"a|b"}]}]},
                    {"type":"tableCell","content":[{"type":"paragraph","content":[{"type":"text","text":"1"}]},
                      {"type":"paragraph","content":[{"type":"text","text":"2","marks":[{"type":"code"}]}]}]}]}]}""")))
                .isEqualTo("| Key | Value |\n| --- | --- |\n| a\\|b | 1<br>`2` |");
    }

    @Test
    void givesTablesWithoutHeaderRowAnEmptyHeaderAndExpandsSpans() {
        assertThat(convert(doc("""
                {"type":"table","content":[
                  {"type":"tableRow","content":[
                    {"type":"tableCell","attrs":{"colspan":2},"content":[{"type":"paragraph","content":[{"type":"text","text":"wide"}]}]}]},
                  {"type":"tableRow","content":[
                    {"type":"tableHeader","content":[{"type":"paragraph","content":[{"type":"text","text":"h"}]}]},
                    {"type":"tableCell","content":[{"type":"bulletList","content":[
                      {"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"i"}]}]}]}]}]}]}""")))
                .isEqualTo("|  |  |\n| --- | --- |\n| wide |  |\n| h | - i |");
    }

    @Test
    void degradesAdfOnlyInlineNodesToReadableText() {
        assertThat(convert(paragraph("""
                {"type":"mention","attrs":{"id":"5b10","text":"@Ada Lovelace"}},{"type":"text","text":" "},
                {"type":"mention","attrs":{"id":"77","text":"Bob"}},{"type":"text","text":" "},
                {"type":"emoji","attrs":{"shortName":":smile:","text":"😄"}},{"type":"text","text":" "},
                {"type":"inlineCard","attrs":{"url":"https://x.atlassian.net/browse/K-1"}},{"type":"text","text":" "},
                {"type":"status","attrs":{"text":"In progress","color":"blue"}},{"type":"text","text":" "},
                {"type":"date","attrs":{"timestamp":"1582152559000"}},{"type":"text","text":" "},
                {"type":"mediaInline","attrs":{"id":"abc","type":"file"}}""")))
                .isEqualTo("@Ada Lovelace @Bob :smile: <https://x.atlassian.net/browse/K-1> \\[IN PROGRESS\\] 2020-02-19"
                        + " \\[attachment: abc\\]");
    }

    @Test
    void dropsMarksMarkdownCannotShowButKeepsTheirText() {
        assertThat(convert(paragraph("""
                {"type":"text","text":"u","marks":[{"type":"underline"}]},
                {"type":"text","text":"c","marks":[{"type":"textColor","attrs":{"color":"#ff0000"}}]},
                {"type":"text","text":"2","marks":[{"type":"subsup","attrs":{"type":"sup"}}]},
                {"type":"text","text":"x","marks":[{"type":"strong"},{"type":"underline"}]}""")))
                .isEqualTo("uc2**x**");
    }

    @Test
    void writesPanelsAsBlockquotesOpenedByTheirType() {
        assertThat(convert(doc("""
                {"type":"panel","attrs":{"panelType":"warning"},"content":[
                  {"type":"paragraph","content":[{"type":"text","text":"Careful"}]}]}""")))
                .isEqualTo("> **Warning**\n>\n> Careful");
    }

    @Test
    void writesExpandsAsBoldTitleAndContent() {
        assertThat(convert(doc("""
                {"type":"expand","attrs":{"title":"Details"},"content":[
                  {"type":"paragraph","content":[{"type":"text","text":"hidden"}]}]}""")))
                .isEqualTo("**Details**\n\nhidden");
    }

    @Test
    void writesMediaAsAttachmentPlaceholdersAndCardsAsLinks() {
        assertThat(convert(doc("""
                {"type":"mediaSingle","attrs":{"layout":"center"},"content":[
                  {"type":"media","attrs":{"id":"6e7c","type":"file","collection":"c","alt":"screenshot.png"}}]},
                {"type":"mediaGroup","content":[{"type":"media","attrs":{"id":"a1","type":"file","collection":"c"}},
                  {"type":"media","attrs":{"id":"a2","type":"file","collection":"c"}}]},
                {"type":"blockCard","attrs":{"url":"https://example.com/page"}}""")))
                .isEqualTo("\\[attachment: screenshot.png\\]\n\n\\[attachment: a1\\]\n\n\\[attachment: a2\\]"
                        + "\n\n<https://example.com/page>");
    }

    @Test
    void writesTaskListsAsGithubTaskBoxes() {
        assertThat(convert(doc("""
                {"type":"taskList","attrs":{"localId":"l"},"content":[
                  {"type":"taskItem","attrs":{"localId":"1","state":"DONE"},"content":[{"type":"text","text":"done"}]},
                  {"type":"taskItem","attrs":{"localId":"2","state":"TODO"},"content":[{"type":"text","text":"todo"}]}]}""")))
                .isEqualTo("- [x] done\n- [ ] todo");
    }

    @Test
    void keepsTheTextOfUnknownNodes() {
        assertThat(convert(doc("""
                {"type":"futureBlock","content":[{"type":"paragraph","content":[{"type":"text","text":"inside"}]}]},
                {"type":"paragraph","content":[{"type":"futureInline","text":"word"},{"type":"text","text":"!"}]},
                {"type":"extension","attrs":{"extensionKey":"macro"}}""")))
                .isEqualTo("inside\n\nword!");
    }

    @Test
    void keepsTheTextOfListContentAdfWouldRejectByFlatteningIt() {
        assertThat(convert(doc("""
                {"type":"bulletList","content":[{"type":"listItem","content":[
                  {"type":"heading","attrs":{"level":1},"content":[{"type":"text","text":"title"}]},
                  {"type":"panel","attrs":{"panelType":"info"},"content":[{"type":"paragraph","content":[{"type":"text","text":"p"}]}]}]}]}""")))
                .isEqualTo("- title\n\n  **Info**\n\n  p");
    }

    @Test
    void acceptsAPlainStringAsText() {
        assertThat(convert(json("\"*not markup*\\n\\nnext\""))).isEqualTo("\\*not markup\\*\n\nnext");
    }
}
