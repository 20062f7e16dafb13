package io.entwine.script;

import io.entwine.api.replica.HubIssue;
import io.entwine.script.errors.RuleCompileException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class RuleCompileTest {
    private final RuleEngine engine = new RuleEngine(RuleEngineSettings.defaults());

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void compilesTheSameTextOnceAndSharesTheClassAcrossNames() {
        String source = "replica.summary = issue.summary";
        CompiledRule first = engine.compile("outgoing rules", source);
        CompiledRule again = engine.compile("outgoing rules", source);
        CompiledRule renamed = engine.compile("other connection outgoing", source);

        assertThat(engine.compilations()).isEqualTo(1);
        assertThat(again.ruleClass()).isSameAs(first.ruleClass());
        assertThat(renamed.ruleClass().type()).isSameAs(first.ruleClass().type());
        assertThat(renamed.scriptName()).isEqualTo("other connection outgoing");
        assertThat(first.sourceHash()).hasSize(64).isEqualTo(renamed.sourceHash());
    }

    @Test
    void compilesADifferentTextAgain() {
        engine.compile("outgoing rules", "replica.summary = issue.summary");
        engine.compile("outgoing rules", "replica.summary = issue.summary // edited");
        assertThat(engine.compilations()).isEqualTo(2);
    }

    @Test
    void reportsASyntaxErrorWithScriptNameAndLine() {
        String source = "replica.summary = issue.summary\n"
                + "if (issue.key) {\n"
                + "  replica.key = issue.key )\n"
                + "}\n";
        assertThatThrownBy(() -> engine.compile("outgoing rules", source))
                .isInstanceOfSatisfying(RuleCompileException.class, e -> {
                    assertThat(e.scriptName()).isEqualTo("outgoing rules");
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.getMessage()).startsWith("outgoing rules, line 3: ").contains("Unexpected input");
                });
    }

    @Test
    void rejectsAnnotationsBeforeTheyCanRunCodeAtCompileTime() {
        System.clearProperty("entwine.test.astTestRan");
        String source = "replica.summary = 'x'\n"
                + "@groovy.transform.ASTTest(value = { System.setProperty('entwine.test.astTestRan', 'yes') })\n"
                + "def x = 1\n";
        assertThatThrownBy(() -> engine.compile("outgoing rules", source))
                .isInstanceOfSatisfying(RuleCompileException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.detail()).isEqualTo("annotations are not allowed in rules (@ASTTest)");
                });
        assertThat(System.getProperty("entwine.test.astTestRan")).isNull();
    }

    @Test
    void rejectsGrab() {
        String source = "@Grab('org.example:evil:1.0')\nimport org.example.Evil\nreplica.summary = 'x'\n";
        assertThatThrownBy(() -> engine.compile("outgoing rules", source))
                .isInstanceOfSatisfying(RuleCompileException.class, e -> assertThat(e.line()).isEqualTo(1));
    }

    @Test
    void rejectsAnnotationsOnClosureParameters() {
        String source = "def f = { @Deprecated x -> x }\nreplica.summary = f('a')\n";
        assertThatThrownBy(() -> engine.compile("outgoing rules", source))
                .isInstanceOfSatisfying(RuleCompileException.class,
                        e -> assertThat(e.detail()).contains("annotations are not allowed"));
    }

    @Test
    void rejectsImportsOutsideTheAllowedPackages() {
        String source = "replica.summary = 'x'\nimport java.io.File\n";
        assertThatThrownBy(() -> engine.compile("outgoing rules", source))
                .isInstanceOfSatisfying(RuleCompileException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.detail()).startsWith("import of java.io.File is not allowed in rules");
                });
        assertThatThrownBy(() -> engine.compile("outgoing rules", "import java.nio.file.*\nreplica.summary = 'x'"))
                .isInstanceOf(RuleCompileException.class);
    }

    @Test
    void allowsJsonImportsAndRunsThem() {
        String source = "import groovy.json.JsonOutput\nimport groovy.json.JsonSlurper\n"
                + "def json = JsonOutput.toJson([summary: issue.summary])\n"
                + "replica.summary = new JsonSlurper().parseText(json).summary.toUpperCase()\n";
        HubIssue issue = new HubIssue();
        issue.setSummary("hello");
        OutgoingResult result = engine.runOutgoing(engine.compile("outgoing rules", source),
                Rules.outgoing(issue, LookupConnector.jira()));
        assertThat(result.replica().getSummary()).isEqualTo("HELLO");
    }

    @Test
    void rejectsAScriptThatIsAClass() {
        assertThatThrownBy(() -> engine.compile("outgoing rules", "class Foo { def x }"))
                .isInstanceOf(RuleCompileException.class);
    }

    @Test
    void unloadsTheClassesOfEvictedScripts() {
        RuleEngine small = new RuleEngine(new RuleEngineSettings(2, Duration.ofSeconds(5)));
        List<WeakReference<Class<?>>> classes = new ArrayList<>();
        try {
            for (int i = 0; i < 30; i++) {
                CompiledRule rule = small.compile("rule " + i,
                        "replica.summary = [issue.summary, '" + i + "'].collect { it }.join('-')");
                HubIssue issue = new HubIssue();
                issue.setSummary("s");
                assertThat(small.runOutgoing(rule, Rules.outgoing(issue, LookupConnector.jira())).replica().getSummary())
                        .isEqualTo("s-" + i);
                classes.add(new WeakReference<>(rule.ruleClass().type()));
            }
            small.cleanUpCache();
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> {
                System.gc();
                return classes.stream().filter(ref -> ref.get() == null).count() >= 28;
            });
        } finally {
            small.close();
        }
    }
}
