package io.entwine.server.scripts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One case of the rule-script corpus: a directory holding {@code case.json} (the dry run request without the
 * script and entities, plus {@code about}), {@code script.groovy}, the entities {@code issue.json},
 * {@code replica.json} and {@code previous.json} (each optional), and the expected outcome: either
 * {@code expected.json} (the dry run's JSON result, without {@code lookups}) or {@code expected-error.json}
 * (the problem's {@code error}, {@code kind} and {@code line}). {@code about} says in a sentence what the
 * case shows.
 */
record ScriptCase(Path dir, String about, ObjectNode request, JsonNode expected, JsonNode expectedError) {
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    static final String SCRIPT = "script.groovy";

    static ScriptCase load(Path dir) {
        ObjectNode request = (ObjectNode) read(dir.resolve("case.json"));
        JsonNode about = request.remove("about");
        request.put("scriptName", SCRIPT);
        request.put("script", text(dir.resolve(SCRIPT)));
        for (String entity : new String[] {"issue", "replica", "previous"}) {
            Path file = dir.resolve(entity + ".json");
            if (Files.exists(file)) request.set(entity, read(file));
        }
        Path expected = dir.resolve("expected.json");
        Path expectedError = dir.resolve("expected-error.json");
        if (Files.exists(expected) == Files.exists(expectedError)) {
            throw new IllegalStateException(dir + " needs exactly one of expected.json and expected-error.json");
        }
        return new ScriptCase(dir, about == null ? null : about.asText(), request, Files.exists(expected) ? read(expected) : null,
                Files.exists(expectedError) ? read(expectedError) : null);
    }

    String name() {
        return dir.getFileName().toString();
    }

    /** The tree as text and back, so that numbers compare by the same node types whoever built the tree. */
    static JsonNode normalized(JsonNode tree) {
        try {
            return JSON.readTree(JSON.writeValueAsString(tree));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String pretty(JsonNode tree) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
