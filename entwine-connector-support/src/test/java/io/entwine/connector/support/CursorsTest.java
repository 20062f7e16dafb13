package io.entwine.connector.support;

import io.entwine.api.errors.ConfigException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CursorsTest {

    @Test
    void roundTripsValuesInOrder() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("watermark", "2024-03-01T10:15:00Z");
        values.put("page", "nextPageToken+/=ü");

        String cursor = Cursors.encode(values);

        assertThat(cursor).matches("[A-Za-z0-9_-]+");
        assertThat(Cursors.decode(cursor)).containsExactly(Map.entry("watermark", "2024-03-01T10:15:00Z"),
                Map.entry("page", "nextPageToken+/=ü"));
    }

    @Test
    void decodesNoCursorAsNoPosition() {
        assertThat(Cursors.decode(null)).isEmpty();
        assertThat(Cursors.decode(" ")).isEmpty();
        assertThat(Cursors.decode(Cursors.encode(Map.of()))).isEmpty();
    }

    @Test
    void rejectsGarbage() {
        assertThatThrownBy(() -> Cursors.decode("not a cursor!"))
                .isExactlyInstanceOf(ConfigException.class)
                .hasMessage("malformed polling cursor 'not a cursor!': not base64url JSON");
        String array = Base64.getUrlEncoder().encodeToString("[1]".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Cursors.decode(array))
                .hasMessage("malformed polling cursor '" + array + "': not a JSON object");
        String number = Base64.getUrlEncoder().encodeToString("{\"page\":2}".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Cursors.decode(number))
                .hasMessage("malformed polling cursor '" + number + "': value of 'page' is not a string");
    }
}
