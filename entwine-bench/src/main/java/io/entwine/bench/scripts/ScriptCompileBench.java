package io.entwine.bench.scripts;

import io.entwine.script.CompiledRule;
import io.entwine.script.RuleEngine;
import io.entwine.script.RuleEngineSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Milliseconds to compile one rule through the whole sandboxed pipeline (annotation check, import lint, sandbox
 * transform, interrupt checks, class loading), as a node does when a connection's rules are published or first
 * used. Every compile gets a text the engine has not seen (a counter in a trailing comment, which changes no line
 * number), so the compile cache never answers; the cache's evictions unload the classes as in production.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class ScriptCompileBench {
    @Param({"jira-cloud-outgoing", "jira-cloud-incoming", "github-outgoing", "github-incoming", ScriptSamples.CORPUS_SCRIPT})
    public String script;

    private RuleEngine engine;
    private String source;
    private long counter;

    @Setup(Level.Trial)
    public void setUp() {
        engine = new RuleEngine(RuleEngineSettings.defaults());
        source = ScriptSamples.script(script);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        engine.close();
    }

    @Benchmark
    public CompiledRule compile() {
        return engine.compile(script, source + "\n// compile " + (counter++) + "\n");
    }
}
