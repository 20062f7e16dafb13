package io.entwine.script;

import io.entwine.api.replica.HubIssue;
import io.entwine.script.errors.RuleException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kohsuke.groovy.sandbox.GroovyInterceptor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A handful of known escapes (STACK.md §3.1 attack matrix) and the everyday idioms that must keep working. */
class SandboxTest {
    private static final RuleEngine engine = new RuleEngine(new RuleEngineSettings(64, Duration.ofSeconds(2)));

    @AfterAll
    static void close() {
        engine.close();
    }

    private static HubIssue run(String source) {
        HubIssue issue = new HubIssue();
        issue.setKey("DEMO-1");
        issue.setSummary("Hello world");
        return engine.runOutgoing(engine.compile("outgoing rules", source), Rules.outgoing(issue, LookupConnector.jira()))
                .replica();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "replica.summary = new File('/etc/hostname').text",
            "replica.summary = new java.io.File('/etc/hostname').text",
            "replica.summary = ('/etc/hostname' as File).text",
            "replica.summary = 'id'.execute().text",
            "replica.summary = ['id'].execute().text",
            "System.exit(3)",
            "def s = System; replica.summary = s.getProperty('user.name')",
            "replica.summary = ('java.lang.System' as Class).getProperty('java.home')",
            "replica.summary = ''.getClass().forName('java.lang.Runtime').getRuntime().availableProcessors()",
            "replica.summary = issue.getClass().name",
            "replica.summary = issue.class.classLoader",
            "replica.summary = this.class.classLoader.toString()",
            "String.metaClass.shout = { -> 'x' }",
            "def c = { summary }; c.delegate = [summary: 'x']; replica.summary = c()",
            "replica.summary = evaluate('1 + 1')",
            "replica.summary = Eval.me('1 + 1')",
            "replica.summary = new GroovyShell().evaluate('1 + 1')",
            "Thread.start { }",
            "sleep(10)",
            "use(Integer) { replica.summary = 'x' }",
            "replica.summary = new URL('http://127.0.0.1:1/').text",
            "replica.summary = Integer.classLoader.toString()",
            "replica.summary = Class.forName('java.lang.Runtime')",
            "replica.summary = java.nio.file.Files.readString(java.nio.file.Path.of('/etc/hostname'))",
            "replica.summary = System.getenv('PATH')",
            "replica.summary = nodeHelper.connector.kind()",
            "replica.summary = nodeHelper.@connector.kind()",
            "replica.summary = debug.@log.name",
            "replica.summary = nodeHelper.dump()",
            "replica.summary = groovy.json.JsonOutput.toJson(nodeHelper.connector)",
    })
    void refusesEscapes(String source) {
        assertThatThrownBy(() -> run("replica.key = issue.key\n" + source))
                .isInstanceOfSatisfying(RuleException.class, e -> {
                    assertThat(e.detail()).startsWith("sandbox: rules may not ");
                    assertThat(e.line()).isEqualTo(2);
                });
        assertThat(GroovyInterceptor.getApplicableInterceptors()).as("interceptor unregistered after a refusal").isEmpty();
    }

    @Test
    void aRefusedProcessDoesNotRun(@org.junit.jupiter.api.io.TempDir Path dir) {
        Path marker = dir.resolve("pwned");
        assertThatThrownBy(() -> run("['touch', '" + marker + "'].execute().waitFor()")).isInstanceOf(RuleException.class);
        assertThatThrownBy(() -> run("new File('" + marker + "').text = 'x'")).isInstanceOf(RuleException.class);
        assertThat(Files.exists(marker)).isFalse();
    }

    @Test
    void everydayIdiomsStillWork() {
        String source = String.join("\n",
                "import groovy.json.JsonOutput",
                "import groovy.json.JsonSlurper",
                "import java.util.regex.Pattern",
                "def words = issue.summary.split(' ').collect { it.toLowerCase() }",
                "def counts = [:].withDefault { 0 }",
                "words.each { counts[it] += 1 }",
                "def json = JsonOutput.toJson([words: words, n: Integer.parseInt('42') + Math.max(1, 2)])",
                "def parsed = new JsonSlurper().parseText(json)",
                "def m = (issue.key =~ /([A-Z]+)-(\\d+)/)",
                "def number = m ? m[0][2] as Integer : 0",
                "def quoted = issue.summary.replaceAll(Pattern.quote('world'), 'there')",
                "def when = java.time.Instant.parse('2026-11-23T10:00:00Z').plusSeconds(60)",
                "def sb = new StringBuilder(); (1..3).each { sb.append(it) }",
                "String text",
                "try { throw new IllegalStateException('boom') } catch (Exception e) { text = e.message }",
                "def fmt = new java.text.SimpleDateFormat('yyyy'); fmt.setTimeZone(TimeZone.getTimeZone('UTC'))",
                "replica.summary = [parsed.words.join('+'), parsed.n, number, quoted, when, sb, text, counts.size(),",
                "    fmt.format(new Date(0)), binding.hasVariable('issue')].join('|')",
                "replica.labels = ['a', 'b'] + ['c']",
                "replica.customKeys.put('n', 1); replica.customKeys.m = [x: 1]",
                "replica.status = io.entwine.api.replica.HubStatus.named('Done')",
                "log.info('ok {}', replica.summary)");
        HubIssue replica = run(source);
        assertThat(replica.getSummary()).isEqualTo(
                "hello+world|44|1|Hello there|2026-11-23T10:01:00Z|123|boom|2|1970|true");
        assertThat(replica.getLabels()).hasSize(3);
        assertThat(replica.getCustomKeys()).containsEntry("n", 1);
        assertThat(replica.getStatus().name()).isEqualTo("Done");
        assertThat(GroovyInterceptor.getApplicableInterceptors()).isEmpty();
    }

    @Test
    void mapsKeepKeysNamedLikeClosureInternals() {
        HubIssue replica = run("def repo = [owner: [login: 'acme'], delegate: 'd']\nreplica.summary = repo.owner.login + repo.delegate");
        assertThat(replica.getSummary()).isEqualTo("acmed");
    }

    @Test
    void scriptDefinedMethodsAndClosuresRun() {
        HubIssue replica = run("def twice(x) { x * 2 }\ndef f = { n -> n <= 1 ? 1 : n * call(n - 1) }\n"
                + "replica.summary = twice(21) + ':' + f(5) + ':' + [3, 1, 2].sort { a, b -> b <=> a }");
        assertThat(replica.getSummary()).isEqualTo("42:120:[3, 2, 1]");
    }
}
