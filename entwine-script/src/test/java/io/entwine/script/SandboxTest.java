package io.entwine.script;

import io.entwine.api.replica.HubIssue;
import io.entwine.script.errors.RuleCompileException;
import io.entwine.script.errors.RuleException;
import io.entwine.script.errors.RuleTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kohsuke.groovy.sandbox.GroovyInterceptor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Escape attempts (STACK.md §3.1 attack matrix and more) across files, processes, sockets, reflection,
 * getClass/metaClass, class loading, System, threads, compile-time code, endless loops, deep recursion and huge
 * allocations: each is refused with an error naming its line, and the engine runs a normal script right after.
 * Also the everyday idioms that must keep working.
 */
class SandboxTest {
    private static final RuleEngine engine = new RuleEngine(new RuleEngineSettings(256, Duration.ofSeconds(5)));
    // filling a 512 MB heap can take longer than 5 s on a loaded machine; this engine lets the heap's limit end the run
    private static final RuleEngine patient = new RuleEngine(new RuleEngineSettings(16, Duration.ofSeconds(120)));
    private static final RuleEngine impatient = new RuleEngine(new RuleEngineSettings(16, Duration.ofMillis(300)));

    @AfterAll
    static void close() {
        engine.close();
        impatient.close();
        patient.close();
    }

    private static HubIssue run(RuleEngine on, String source) {
        HubIssue issue = new HubIssue();
        issue.setKey("DEMO-1");
        issue.setSummary("Hello world");
        return on.runOutgoing(on.compile("outgoing rules", source), Rules.outgoing(issue, LookupConnector.jira())).replica();
    }

    private static HubIssue run(String source) {
        return run(engine, source);
    }

    /** The engine is healthy: a normal script runs, the interceptor is gone and the thread is not interrupted. */
    private static void assertHealthy(RuleEngine on) {
        assertThat(GroovyInterceptor.getApplicableInterceptors()).as("interceptor unregistered").isEmpty();
        assertThat(Thread.currentThread().isInterrupted()).as("interrupt cleared").isFalse();
        assertThat(run(on, "replica.key = issue.key\nreplica.summary = issue.summary.toUpperCase()").getSummary()).isEqualTo("HELLO WORLD");
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
            "files       | replica.summary = new File('/etc/hostname').text",
            "files       | replica.summary = new java.io.File('/etc/hostname').text",
            "files       | replica.summary = ('/etc/hostname' as File).text",
            "files       | replica.summary = new FileReader('/etc/hostname').read()",
            "files       | replica.summary = java.nio.file.Files.readString(java.nio.file.Path.of('/etc/hostname'))",
            "files       | java.nio.file.Files.write(java.nio.file.Paths.get('/tmp/x'), [1] as byte[])",
            "processes   | replica.summary = 'id'.execute().text",
            "processes   | replica.summary = ['id'].execute().text",
            "processes   | replica.summary = new ProcessBuilder('id').start()",
            "processes   | replica.summary = Runtime.getRuntime().exec('id')",
            "sockets     | replica.summary = new Socket('127.0.0.1', 22)",
            "sockets     | replica.summary = new ServerSocket(0)",
            "sockets     | replica.summary = new URL('http://127.0.0.1:1/').text",
            "sockets     | replica.summary = java.net.http.HttpClient.newHttpClient()",
            "reflection  | replica.summary = String.getDeclaredMethods()",
            "reflection  | replica.summary = ''.class.getMethod('length').invoke('abc')",
            "reflection  | replica.summary = issue.getClass().name",
            "reflection  | replica.summary = issue.class.classLoader",
            "reflection  | replica.summary = nodeHelper.dump()",
            "reflection  | replica.summary = issue.metaClass.methods",
            "metaClass   | String.metaClass.shout = { -> 'x' }",
            "metaClass   | replica.summary = this.metaClass.getProperty(this, 'binding')",
            "metaClass   | use(Integer) { replica.summary = 'x' }",
            "classes     | replica.summary = Class.forName('java.lang.Runtime')",
            "classes     | replica.summary = ''.getClass().forName('java.lang.Runtime').getRuntime().availableProcessors()",
            "classes     | replica.summary = this.class.classLoader.toString()",
            "classes     | replica.summary = Integer.classLoader.toString()",
            "classes     | replica.summary = new GroovyClassLoader().parseClass('class X {}')",
            "classes     | replica.summary = ('java.lang.System' as Class).getProperty('java.home')",
            "system      | System.exit(3)",
            "system      | def s = System; replica.summary = s.getProperty('user.name')",
            "system      | replica.summary = System.getenv('PATH')",
            "system      | System.setProperty('entwine.pwned', 'yes')",
            "system      | replica.summary = System.currentTimeMillis()",
            "threads     | Thread.start { }",
            "threads     | new Thread({ -> }).start()",
            "threads     | java.util.concurrent.Executors.newSingleThreadExecutor()",
            "threads     | sleep(10)",
            "threads     | Thread.'sleep'(10)",
            "evaluation  | replica.summary = evaluate('1 + 1')",
            "evaluation  | replica.summary = Eval.me('1 + 1')",
            "evaluation  | replica.summary = new GroovyShell().evaluate('1 + 1')",
            "closures    | def c = { summary }; c.delegate = [summary: 'x']; replica.summary = c()",
            "internals   | replica.summary = nodeHelper.connector.kind()",
            "internals   | replica.summary = nodeHelper.@connector.kind()",
            "internals   | replica.summary = httpClient.connector.kind()",
            "internals   | replica.summary = syncHelper.actions",
            "internals   | replica.summary = debug.@log.name",
            "internals   | replica.summary = groovy.json.JsonOutput.toJson(nodeHelper.connector)",
            "internals   | replica.summary = io.entwine.script.sandbox.Limits.MAX_ELEMENTS",
            "allocation  | replica.summary = ('x' * 200_000_000).size()",
            "allocation  | replica.summary = 'x'.repeat(50_000_000)",
            "allocation  | replica.summary = 'x'.padLeft(100_000_000)",
            "allocation  | replica.summary = ([0] * 50_000_000).size()",
            "allocation  | replica.summary = new byte[Integer.MAX_VALUE].length",
            "allocation  | def f = { n -> new long[n] }; replica.summary = f(500_000_000).length",
            "allocation  | replica.summary = new ArrayList(Integer.MAX_VALUE)",
            "allocation  | replica.summary = Collections.nCopies(100_000_000, 'x').size()",
            "allocation  | replica.summary = (1..100_000_000).toList().size()",
            "allocation  | replica.summary = new StringBuilder(Integer.MAX_VALUE)",
    })
    void refusesEscapesWithTheirLineAndStaysHealthy(String category, String source) {
        assertThatThrownBy(() -> run("replica.key = issue.key\n" + source))
                .as(category)
                .isInstanceOfSatisfying(RuleException.class, e -> {
                    assertThat(e.detail()).startsWith("sandbox: rules may not ");
                    assertThat(e.line()).isEqualTo(2);
                });
        assertThat(System.getProperty("entwine.pwned")).isNull();
        assertHealthy(engine);
    }

    @Test
    void compileTimeCodeIsRefusedBeforeItRuns() {
        String source = "replica.key = issue.key\n"
                + "@groovy.transform.ASTTest(value = { System.setProperty('entwine.sandbox.ast', 'ran') })\n"
                + "def x = 1\n";
        assertThatThrownBy(() -> engine.compile("outgoing rules", source))
                .isInstanceOfSatisfying(RuleCompileException.class, e -> assertThat(e.line()).isEqualTo(2));
        assertThat(System.getProperty("entwine.sandbox.ast")).isNull();
        assertHealthy(engine);
    }

    @Test
    void anEndlessLoopIsStoppedAtTheBudgetWithItsLine() {
        assertThatThrownBy(() -> run(impatient, "replica.key = issue.key\nwhile (true) { replica.summary = 'x' }"))
                .isInstanceOfSatisfying(RuleTimeoutException.class, e -> assertThat(e.line()).isEqualTo(2));
        assertHealthy(impatient);
        assertThatThrownBy(() -> run(impatient, "replica.key = issue.key\n(1..Integer.MAX_VALUE).each { it }"))
                .isInstanceOf(RuleTimeoutException.class);
        assertHealthy(impatient);
    }

    @Test
    void deepRecursionIsARuleErrorWithItsLine() {
        assertThatThrownBy(() -> run("replica.key = issue.key\ndef down(n) { down(n + 1) }\ndown(0)"))
                .isInstanceOfSatisfying(RuleException.class, e -> {
                    assertThat(e.detail()).isEqualTo("stack overflow (unbounded recursion?)");
                    assertThat(e.line()).isEqualTo(2);
                });
        assertHealthy(engine);
    }

    @Test
    void anAllocationThatGetsPastTheLimitsEndsAsARuleError() {
        // a list grown chunk by chunk passes every size check; the heap's own limit (512 MB in these tests) ends the run
        String source = "replica.key = issue.key\ndef chunks = []\nwhile (true) { chunks << new long[9_000_000] }";
        assertThatThrownBy(() -> run(patient, source))
                .isInstanceOfSatisfying(RuleException.class, e -> {
                    assertThat(e.detail()).startsWith("ran out of memory");
                    assertThat(e.line()).isEqualTo(3);
                });
        assertHealthy(patient);
    }

    @Test
    void aRefusedProcessOrFileWriteLeavesNoTrace(@org.junit.jupiter.api.io.TempDir Path dir) {
        Path marker = dir.resolve("pwned");
        assertThatThrownBy(() -> run("['touch', '" + marker + "'].execute().waitFor()")).isInstanceOf(RuleException.class);
        assertThatThrownBy(() -> run("new File('" + marker + "').text = 'x'")).isInstanceOf(RuleException.class);
        assertThat(Files.exists(marker)).isFalse();
        assertHealthy(engine);
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
                "def buffer = new byte[16]; def small = 'ab' * 3; def list = [0] * 4",
                "replica.summary = [parsed.words.join('+'), parsed.n, number, quoted, when, sb, text, counts.size(),",
                "    fmt.format(new Date(0)), binding.hasVariable('issue'), buffer.length, small, list.size()].join('|')",
                "replica.labels = ['a', 'b'] + ['c']",
                "replica.customKeys.put('n', 1); replica.customKeys.m = [x: 1]",
                "replica.status = io.entwine.api.replica.HubStatus.named('Done')",
                "log.info('ok {}', replica.summary)");
        HubIssue replica = run(source);
        assertThat(replica.getSummary()).isEqualTo(
                "hello+world|44|1|Hello there|2026-11-23T10:01:00Z|123|boom|2|1970|true|16|ababab|4");
        assertThat(replica.getLabels()).hasSize(3);
        assertThat(replica.getCustomKeys()).containsEntry("n", 1);
        assertThat(replica.getStatus().name()).isEqualTo("Done");
        assertHealthy(engine);
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
