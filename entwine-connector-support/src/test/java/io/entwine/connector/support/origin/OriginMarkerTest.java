package io.entwine.connector.support.origin;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OriginMarkerTest {

    @Test
    void appendedMarkerIsFoundAndStrippedBackToTheOriginalBody() {
        String marked = OriginMarker.append("Some *text*", "entwine:c1/DEMO-1");

        assertThat(marked).isEqualTo("Some *text*\n\n<!-- entwine:origin entwine:c1/DEMO-1 -->");
        assertThat(OriginMarker.originOf(marked)).contains("entwine:c1/DEMO-1");
        assertThat(OriginMarker.strip(marked)).isEqualTo("Some *text*");
    }

    @Test
    void aBodyThatWasOnlyTheMarkerReadsAsNoBody() {
        String marked = OriginMarker.append(null, "o1");

        assertThat(OriginMarker.strip(marked)).isNull();
        assertThat(OriginMarker.originOf(marked)).contains("o1");
    }

    @Test
    void bodiesWithoutAMarkerAreLeftAlone() {
        assertThat(OriginMarker.strip("plain <!-- a comment --> text")).isEqualTo("plain <!-- a comment --> text");
        assertThat(OriginMarker.originOf("plain")).isEmpty();
        assertThat(OriginMarker.strip(null)).isNull();
    }

    @Test
    void refusesOriginsThatWouldBreakTheHtmlComment() {
        assertThatThrownBy(() -> OriginMarker.append("x", "a b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OriginMarker.append("x", "a-->b")).isInstanceOf(IllegalArgumentException.class);
    }
}
