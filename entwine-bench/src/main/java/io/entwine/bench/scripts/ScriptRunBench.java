package io.entwine.bench.scripts;

import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubIssue;
import io.entwine.script.CompiledRule;
import io.entwine.script.IncomingInput;
import io.entwine.script.IncomingResult;
import io.entwine.script.OutgoingInput;
import io.entwine.script.OutgoingResult;
import io.entwine.script.RuleEngine;
import io.entwine.script.RuleEngineSettings;
import io.entwine.script.RuleServices;
import io.entwine.server.scripts.OfflineDirectory;
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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Microseconds per sandboxed run of a connector kind's default rules, the compiled class cached (as on a node):
 * {@code outgoing} turns a local issue with comments into a replica; {@code incoming} applies the other kind's
 * replica of a realistic issue to the local twin as an update (previous replica with an older summary and one
 * comment fewer, the older comments already traced), so the comment merge and user look-ups (the offline
 * directory, in memory) run. An incoming run includes a copy of the local issue, since the rules mutate it
 * (well under a microsecond next to the run).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class ScriptRunBench {
    @Param({"jira-cloud", "github"})
    public String kind;

    private RuleEngine engine;
    private CompiledRule outgoing;
    private CompiledRule incoming;
    private RuleServices services;
    private HubIssue local;
    private HubIssue replica;
    private HubIssue previous;
    private Map<String, String> traces;

    @Setup(Level.Trial)
    public void setUp() {
        engine = new RuleEngine(RuleEngineSettings.defaults());
        String other = kind.equals("github") ? "jira-cloud" : "github";
        outgoing = engine.compile(kind + " outgoing", ScriptSamples.script(kind + "-outgoing"));
        incoming = engine.compile(kind + " incoming", ScriptSamples.script(kind + "-incoming"));
        services = new RuleServices(OfflineDirectory.of(kind), "bench", kind + "-node", other + "-node", null);
        local = kind.equals("github") ? ScriptSamples.githubIssue() : ScriptSamples.jiraIssue();
        HubIssue remote = kind.equals("github") ? ScriptSamples.jiraIssue() : ScriptSamples.githubIssue();
        RuleServices remoteServices = new RuleServices(OfflineDirectory.of(other), "bench", other + "-node", kind + "-node", null);
        CompiledRule remoteOutgoing = engine.compile(other + " outgoing", ScriptSamples.script(other + "-outgoing"));
        replica = engine.runOutgoing(remoteOutgoing, new OutgoingInput(remote, remoteServices)).replica();
        previous = replica.copy();
        previous.setSummary("An older summary");
        List<HubComment> older = previous.getComments().subList(0, previous.getComments().size() - 1);
        previous.setComments(List.copyOf(older));
        traces = new LinkedHashMap<>();
        for (int n = 0; n < older.size() && n < local.getComments().size(); n++) {
            traces.put(older.get(n).getId(), local.getComments().get(n).getId());
        }
        // fail at set-up, not in the measurement, when the rules refuse these inputs
        runOutgoing();
        runIncoming();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        engine.close();
    }

    @Benchmark
    public OutgoingResult runOutgoing() {
        return engine.runOutgoing(outgoing, new OutgoingInput(local, services));
    }

    @Benchmark
    public IncomingResult runIncoming() {
        return engine.runIncoming(incoming, new IncomingInput(replica, previous, local.copy(), false,
                "https://remote.example/issues/1", traces, services));
    }
}
