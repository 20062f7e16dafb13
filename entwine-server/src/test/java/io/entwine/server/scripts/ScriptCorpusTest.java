package io.entwine.server.scripts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.entwine.script.RuleEngine;
import io.entwine.script.RuleEngineSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The rule-script corpus ({@code src/test/resources/corpus}): scripts written the way administrators write them
 * (Exalate idioms), each run by the dry run on its input entities with look-ups answered by the offline
 * directory, and compared with its expected outcome. A case's directory layout is described in {@link ScriptCase}.
 */
class ScriptCorpusTest {
    private static final int MINIMUM_CASES = 40;
    private static RuleEngine engine;

    @BeforeAll
    static void startEngine() {
        // a generous budget: the suite may share the machine with other builds
        engine = new RuleEngine(new RuleEngineSettings(64, Duration.ofSeconds(30)));
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    static Stream<Named<Path>> cases() {
        return caseDirectories().stream().map(dir -> Named.of(dir.getFileName().toString(), dir));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void scriptHasItsExpectedOutcome(Path dir) {
        ScriptCase c = ScriptCase.load(dir);
        DryRunRequest request = DryRunInput.request(c.request(), null);
        ScriptDryRun dryRun = new ScriptDryRun(engine, "local-node");
        if (c.expected() != null) {
            ObjectNode actual = dryRun.run(request, OfflineDirectory.of(request.connectorKind())).toJson();
            actual.remove("lookups");
            assertThat(ScriptCase.normalized(actual))
                    .withFailMessage("%s: the dry run gave%n%s%nbut the case expects%n%s", c.name(),
                            ScriptCase.pretty(actual), ScriptCase.pretty(c.expected()))
                    .isEqualTo(ScriptCase.normalized(c.expected()));
        } else {
            ScriptProblemException failure = catchThrowableOfType(ScriptProblemException.class,
                    () -> dryRun.run(request, OfflineDirectory.of(request.connectorKind())));
            assertThat(failure).as("%s should fail with %s", c.name(), c.expectedError()).isNotNull();
            ObjectNode problem = failure.problem().toJson();
            for (Iterator<Map.Entry<String, JsonNode>> it = c.expectedError().fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> expected = it.next();
                assertThat(problem.get(expected.getKey())).as("%s: problem's '%s' (problem: %s)", c.name(), expected.getKey(), problem)
                        .isEqualTo(expected.getValue());
            }
        }
    }

    @Test
    void corpusHoldsAtLeastFortyCasesEachSayingWhatItShows() {
        List<Path> dirs = caseDirectories();
        assertThat(dirs).hasSizeGreaterThanOrEqualTo(MINIMUM_CASES);
        for (Path dir : dirs) {
            ScriptCase c = ScriptCase.load(dir);
            assertThat(c.about()).as(dir + " says what it shows ('about')").isNotBlank();
            assertThat(c.request().has("connector")).as(dir + " names its connector").isTrue();
        }
    }

    private static List<Path> caseDirectories() {
        try (Stream<Path> dirs = Files.list(corpus())) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path corpus() {
        try {
            return Path.of(ScriptCorpusTest.class.getResource("/corpus").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
