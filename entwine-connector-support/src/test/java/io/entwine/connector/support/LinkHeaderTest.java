package io.entwine.connector.support;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LinkHeaderTest {

    @Test
    void findsTheNextLinkAmongSeveral() {
        String header = "<https://api.github.com/repositories/1/issues?page=1>; rel=\"prev\", "
                + "<https://api.github.com/repositories/1/issues?page=3>; rel=\"next\", "
                + "<https://api.github.com/repositories/1/issues?page=9>; rel=\"last\"";

        assertThat(LinkHeader.find(List.of(header), "next")).contains("https://api.github.com/repositories/1/issues?page=3");
        assertThat(LinkHeader.find(List.of(header), "last")).contains("https://api.github.com/repositories/1/issues?page=9");
    }

    @Test
    void acceptsUnquotedAndMultiValuedRelations() {
        assertThat(LinkHeader.find(List.of("</a?x=1,2>;rel=next"), "next")).contains("/a?x=1,2");
        assertThat(LinkHeader.find(List.of("</b>; title=\"t\"; rel=\"next last\""), "next")).contains("/b");
        assertThat(LinkHeader.find(List.of("</c>; rel=\"prev\"", "</d>; rel=\"next\""), "next")).contains("/d");
    }

    @Test
    void findsNothingWithoutANextRelation() {
        assertThat(LinkHeader.find(List.of("</a>; rel=\"prev\""), "next")).isEmpty();
        assertThat(LinkHeader.find(List.of(), "next")).isEmpty();
        assertThat(LinkHeader.find(List.of("garbage"), "next")).isEmpty();
    }

    @Test
    void makesLinksUnderTheBaseUrlRelative() {
        assertThat(LinkHeader.relativeTo("https://h/api", "https://h/api/issues?page=2")).isEqualTo("/issues?page=2");
        assertThat(LinkHeader.relativeTo("https://h/api", "https://h/api?page=2")).isEqualTo("?page=2");
        assertThat(LinkHeader.relativeTo("https://h/api", "https://h/apix/issues")).isEqualTo("https://h/apix/issues");
        assertThat(LinkHeader.relativeTo("https://h/api", "https://other/api/issues")).isEqualTo("https://other/api/issues");
    }
}
