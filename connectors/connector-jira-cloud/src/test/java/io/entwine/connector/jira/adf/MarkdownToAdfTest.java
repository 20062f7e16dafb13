package io.entwine.connector.jira.adf;

import static io.entwine.connector.jira.adf.AdfJson.doc;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class MarkdownToAdfTest {

    private static JsonNode convert(String markdown) {
        JsonNode adf = AdfMarkdown.toAdf(markdown);
        assertThat(AdfValidator.problems(adf)).as("ADF validity of %s", adf).isEmpty();
        return adf;
    }

    @Test
    void nullStaysNullAndEmptyTextIsAnEmptyDocument() {
        assertThat(AdfMarkdown.toAdf(null)).isNull();
        assertThat(convert("")).isEqualTo(doc(""));
        assertThat(convert("  \n\n")).isEqualTo(doc(""));
    }

    @Test
    void separatesParagraphsAndTurnsLineEndsIntoHardBreaks() {
        assertThat(convert("one\ntwo  \nthree\\\nfour\n\nnext")).isEqualTo(doc("""
                {"type":"paragraph","content":[{"type":"text","text":"one"},{"type":"hardBreak"},
                  {"type":"text","text":"two"},{"type":"hardBreak"},{"type":"text","text":"three"},{"type":"hardBreak"},
                  {"type":"text","text":"four"}]},
                {"type":"paragraph","content":[{"type":"text","text":"next"}]}"""));
    }

    @Test
    void readsAtxAndSetextHeadingsWithTheirLevel() {
        assertThat(convert("# One\n\n###### Six *em*\n\nTwo\n---")).isEqualTo(doc("""
                {"type":"heading","attrs":{"level":1},"content":[{"type":"text","text":"One"}]},
                {"type":"heading","attrs":{"level":6},"content":[{"type":"text","text":"Six "},
                  {"type":"text","text":"em","marks":[{"type":"em"}]}]},
                {"type":"heading","attrs":{"level":2},"content":[{"type":"text","text":"Two"}]}"""));
    }

    @Test
    void mapsStrongEmphasisStrikeAndCodeToMarks() {
        assertThat(convert("**b** _e_ ~~s~~ `c` ***both***")).isEqualTo(doc("""
                {"type":"paragraph","content":[
                  {"type":"text","text":"b","marks":[{"type":"strong"}]},{"type":"text","text":" "},
                  {"type":"text","text":"e","marks":[{"type":"em"}]},{"type":"text","text":" "},
                  {"type":"text","text":"s","marks":[{"type":"strike"}]},{"type":"text","text":" "},
                  {"type":"text","text":"c","marks":[{"type":"code"}]},{"type":"text","text":" "},
                  {"type":"text","text":"both","marks":[{"type":"em"},{"type":"strong"}]}]}"""));
    }

    @Test
    void keepsOnlyTheCodeMarkWhereAdfForbidsCombiningIt() {
        assertThat(convert("**`x`** [`y`](http://y)")).isEqualTo(doc("""
                {"type":"paragraph","content":[
                  {"type":"text","text":"x","marks":[{"type":"code"}]},{"type":"text","text":" "},
                  {"type":"text","text":"y","marks":[{"type":"link","attrs":{"href":"http://y"}},{"type":"code"}]}]}"""));
    }

    @Test
    void putsTheFenceLanguageIntoCodeBlockAttrsAndKeepsCodeVerbatim() {
        assertThat(convert("```java title=x\nint a = 1;\n  **not bold**\n```\n\n    indented\n\n```\n```"))
                .isEqualTo(doc("""
                {"type":"codeBlock","attrs":{"language":"java"},
                  "content":[{"type":"text","text":"int a = 1;\\n  **not bold**"}]},
                {"type":"codeBlock","content":[{"type":"text","text":"indented"}]},
                {"type":"codeBlock","content":[]}"""));
    }

    @Test
    void turnsLinksAutolinksAndImagesIntoLinkMarks() {
        assertThat(convert("[site](http://a.b/c \"Title\") <https://x.y/z> <me@x.y> ![a diagram](http://i/d.png)"
                + " [![badge](http://i/b.svg)](http://ci) [nowhere]()")).isEqualTo(doc("""
                {"type":"paragraph","content":[
                  {"type":"text","text":"site","marks":[{"type":"link","attrs":{"href":"http://a.b/c","title":"Title"}}]},
                  {"type":"text","text":" "},
                  {"type":"text","text":"https://x.y/z","marks":[{"type":"link","attrs":{"href":"https://x.y/z"}}]},
                  {"type":"text","text":" "},
                  {"type":"text","text":"me@x.y","marks":[{"type":"link","attrs":{"href":"mailto:me@x.y"}}]},
                  {"type":"text","text":" "},
                  {"type":"text","text":"a diagram","marks":[{"type":"link","attrs":{"href":"http://i/d.png"}}]},
                  {"type":"text","text":" "},
                  {"type":"text","text":"badge","marks":[{"type":"link","attrs":{"href":"http://ci"}}]},
                  {"type":"text","text":" nowhere"}]}"""));
    }

    @Test
    void nestsBulletAndOrderedListsAndKeepsTheStartNumber() {
        assertThat(convert("- a\n  1. one\n  2. two\n- b\n\n7. seven\n\n1) first")).isEqualTo(doc("""
                {"type":"bulletList","content":[
                  {"type":"listItem","content":[
                    {"type":"paragraph","content":[{"type":"text","text":"a"}]},
                    {"type":"orderedList","content":[
                      {"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"one"}]}]},
                      {"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"two"}]}]}]}]},
                  {"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"b"}]}]}]},
                {"type":"orderedList","attrs":{"order":7},"content":[
                  {"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"seven"}]}]}]},
                {"type":"orderedList","content":[
                  {"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"first"}]}]}]}"""));
    }

    @Test
    void givesListItemsThatStartWithAListOrNothingAnEmptyFirstParagraph() {
        assertThat(convert("- - nested\n-")).isEqualTo(doc("""
                {"type":"bulletList","content":[
                  {"type":"listItem","content":[{"type":"paragraph","content":[]},
                    {"type":"bulletList","content":[
                      {"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"nested"}]}]}]}]},
                  {"type":"listItem","content":[{"type":"paragraph","content":[]}]}]}"""));
    }

    @Test
    void keepsBlockquotesAndFlattensWhatAdfDoesNotAllowInside() {
        assertThat(convert("> # Title\n> text\n>\n> > nested\n>\n> - item\n>\n> ---")).isEqualTo(doc("""
                {"type":"blockquote","content":[
                  {"type":"paragraph","content":[{"type":"text","text":"Title"}]},
                  {"type":"paragraph","content":[{"type":"text","text":"text"}]},
                  {"type":"paragraph","content":[{"type":"text","text":"nested"}]},
                  {"type":"bulletList","content":[
                    {"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"item"}]}]}]}]}"""));
    }

    @Test
    void degradesHeadingsAndTablesInsideListItemsToParagraphs() {
        assertThat(convert("- ## Heading\n\n  | a | b |\n  | - | - |\n  | 1 | 2 |")).isEqualTo(doc("""
                {"type":"bulletList","content":[{"type":"listItem","content":[
                  {"type":"paragraph","content":[{"type":"text","text":"Heading"}]},
                  {"type":"paragraph","content":[{"type":"text","text":"a | b"}]},
                  {"type":"paragraph","content":[{"type":"text","text":"1 | 2"}]}]}]}"""));
    }

    @Test
    void mapsThematicBreaksToRules() {
        assertThat(convert("a\n\n***\n\nb")).isEqualTo(doc("""
                {"type":"paragraph","content":[{"type":"text","text":"a"}]},
                {"type":"rule"},
                {"type":"paragraph","content":[{"type":"text","text":"b"}]}"""));
    }

    @Test
    void mapsPipeTablesToTablesWithAHeaderRowAndPadsShortRows() {
        assertThat(convert("| a | **b** |\n| :-- | --: |\n| x \\| y |")).isEqualTo(doc("""
                {"type":"table","attrs":{"isNumberColumnEnabled":false,"layout":"default"},"content":[
                  {"type":"tableRow","content":[
                    {"type":"tableHeader","content":[{"type":"paragraph","content":[{"type":"text","text":"a"}]}]},
                    {"type":"tableHeader","content":[{"type":"paragraph","content":[
                      {"type":"text","text":"b","marks":[{"type":"strong"}]}]}]}]},
                  {"type":"tableRow","content":[
                    {"type":"tableCell","content":[{"type":"paragraph","content":[{"type":"text","text":"x | y"}]}]},
                    {"type":"tableCell","content":[{"type":"paragraph","content":[]}]}]}]}"""));
    }

    @Test
    void readsFormattingHtmlAndDropsCommentsAndStyleOnlyTags() {
        assertThat(convert("<b>bold</b> <i>it</i><br><del>x</del> <kbd>Ctrl</kbd> <u>under</u><!-- hidden --> <span>a<b")).isEqualTo(doc("""
                {"type":"paragraph","content":[
                  {"type":"text","text":"bold","marks":[{"type":"strong"}]},{"type":"text","text":" "},
                  {"type":"text","text":"it","marks":[{"type":"em"}]},{"type":"hardBreak"},
                  {"type":"text","text":"x","marks":[{"type":"strike"}]},{"type":"text","text":" "},
                  {"type":"text","text":"Ctrl","marks":[{"type":"code"}]},{"type":"text","text":" under a<b"}]}"""));
    }

    @Test
    void dropsHtmlCommentBlocksAndKeepsOtherHtmlBlocksAsText() {
        assertThat(convert("<!-- template hint -->\n\n<div>\n*raw*\n</div>")).isEqualTo(doc("""
                {"type":"paragraph","content":[{"type":"text","text":"<div>"},{"type":"hardBreak"},
                  {"type":"text","text":"*raw*"},{"type":"hardBreak"},{"type":"text","text":"</div>"}]}"""));
    }

    @Test
    void decodesEntitiesAndBackslashEscapes() {
        assertThat(convert("&amp; &copy; &#35; \\*not em\\* \\[x\\]")).isEqualTo(doc("""
                {"type":"paragraph","content":[{"type":"text","text":"& © # *not em* [x]"}]}"""));
    }
}
