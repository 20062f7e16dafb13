package io.entwine.script;

import groovy.lang.Binding;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubIssue;
import io.entwine.script.actions.ActionRecorder;
import io.entwine.script.actions.RunActions;
import io.entwine.script.errors.RuleCompileException;
import io.entwine.script.errors.RuleException;
import io.entwine.script.internal.RemoteSubObjects;
import io.entwine.script.internal.RuleClassCache;
import io.entwine.script.internal.RunBindings;
import io.entwine.script.internal.ScriptFailures;
import io.entwine.script.internal.Watchdog;
import io.entwine.script.sandbox.AllowListInterceptor;

import java.util.Objects;

/**
 * Compiles and runs sync rules (Groovy scripts, SCRIPTING.md).
 *
 * <p><b>Compiling</b> goes through the hardened pipeline of {@code sandbox.CompilerSetup} and is cached by
 * {@code sha256(source) + }{@link #ENGINE_VERSION}: the same text compiles once (about 10 ms), and an
 * evicted script's classes are unloaded. Class names of scripts written for Exalate resolve to Entwine's.
 *
 * <p><b>Running</b> happens on the caller's thread, with a fresh {@link Binding} and script instance per
 * run over the cached class (microseconds), inside the sandbox's allow-list ({@code sandbox.AllowList}).
 * A watchdog interrupts the thread when the run exceeds the time budget. Runs may block as long as the
 * helpers' tracker calls ({@code nodeHelper}, {@code httpClient}, {@code store}) do.
 *
 * <p><b>Failures</b>: {@link RuleCompileException} for invalid scripts; {@code RuleException} (with the
 * script line) for anything a script throws, including {@code debug.error}, unknown properties of
 * {@code issue}, unknown helpers and sandbox refusals; {@code RuleTimeoutException} past the budget. An
 * {@code EntityException} thrown by a script ({@code IssueTrackerException}), and a {@code RetriableSyncException}
 * from a helper's tracker call, pass through unchanged.
 *
 * <p>Thread-safe; close it to stop the watchdog thread and unload every compiled script.
 */
public final class RuleEngine implements AutoCloseable {

    /** Part of the cache key: bump it whenever the compile pipeline changes what a script compiles to. */
    public static final String ENGINE_VERSION = "2";

    private final RuleEngineSettings settings;
    private final RuleClassCache cache;
    private final Watchdog watchdog = new Watchdog();
    private volatile boolean closed;

    public RuleEngine(RuleEngineSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.cache = new RuleClassCache(settings.cacheSize(), ENGINE_VERSION, RuleEngine.class.getClassLoader());
    }

    /**
     * The compiled rule for this text (from the cache when the same text was compiled before).
     * Throws {@link RuleCompileException} naming {@code scriptName} and the line of the first error.
     */
    public CompiledRule compile(String scriptName, String source) {
        Objects.requireNonNull(scriptName, "scriptName");
        Objects.requireNonNull(source, "source of " + scriptName);
        ensureOpen();
        return new CompiledRule(scriptName, cache.get(scriptName, source));
    }

    /**
     * Runs an outgoing rule: the script fills an empty replica from {@code issue}. The result is that replica
     * as filled when the script ended (a {@code return} anywhere ends it), without comments marked local-only;
     * an empty replica means "send nothing".
     */
    public OutgoingResult runOutgoing(CompiledRule rule, OutgoingInput in) {
        ensureOpen();
        HubIssue replica = new HubIssue();
        ActionRecorder actions = new ActionRecorder();
        Binding binding = RunBindings.outgoing(rule.scriptName(), in, replica, actions);
        run(rule, binding, in.issue());
        HubIssue filled = binding.getVariable("replica") instanceof HubIssue h ? h : replica;
        // the live list may hold anything a script put into it; the codec refuses foreign items later, with their path
        ((java.util.List<?>) filled.getComments()).removeIf(c -> c instanceof HubComment comment && comment.isLocalOnly());
        return new OutgoingResult(filled, freeze(rule, actions));
    }

    /**
     * Runs an incoming rule: the script applies {@code replica} to {@code in.issue()}, which it mutates in
     * place. Before the run the replica's delta views are set; after it, sub-objects the script took from the
     * replica are turned into local ones (see {@link IncomingResult#issue()}). On first sync, a run that sets no
     * field at all (an early {@code return}) and returns no entity to connect to is reported as skipped.
     */
    public IncomingResult runIncoming(CompiledRule rule, IncomingInput in) {
        ensureOpen();
        HubIssue issue = in.issue();
        HubIssue before = in.firstSync() ? issue.copy() : null;
        RemoteSubObjects remote = RemoteSubObjects.prepare(in.replica(), in.previous(), in.traces(), issue);
        ActionRecorder actions = new ActionRecorder();
        Binding binding = RunBindings.incoming(rule.scriptName(), in, actions);
        Object returned = run(rule, binding, issue);
        remote.adopt(issue);
        RunBindings.connectTo(returned, actions);
        RunActions frozen = freeze(rule, actions);
        boolean skipped = before != null && frozen.connectTo() == null && frozen.stored() == null && before.equals(issue);
        return new IncomingResult(issue, skipped, frozen);
    }

    /** How many times a script was actually compiled (cache misses); for metrics. */
    public long compilations() {
        return cache.compilations();
    }

    @Override
    public void close() {
        closed = true;
        watchdog.close();
        cache.close();
    }

    /** Runs the script with {@code entity} strict (typos fail) and returns what the script returned. */
    private Object run(CompiledRule rule, Binding binding, HubIssue entity) {
        var script = rule.ruleClass().newInstance(binding);
        Throwable failure = null;
        Object returned = null;
        boolean wasStrict = entity.strict();
        entity.setStrict(true);
        Watchdog.Watch watch = watchdog.watchCurrentThread(settings.timeBudget());
        AllowListInterceptor.INSTANCE.register();
        try {
            returned = script.run();
        } catch (VirtualMachineError e) {
            if (!(e instanceof StackOverflowError) && !(e instanceof OutOfMemoryError)) {
                AllowListInterceptor.INSTANCE.unregister();
                watch.stop();
                entity.setStrict(wasStrict);
                throw e;
            }
            failure = e;
        } catch (Throwable t) {
            failure = t;
        }
        AllowListInterceptor.INSTANCE.unregister();
        entity.setStrict(wasStrict);
        boolean timedOut = watch.stop();
        if (failure != null || timedOut) {
            throw ScriptFailures.translate(failure, rule.scriptName(), rule.ruleClass(), timedOut, settings.timeBudget());
        }
        return returned;
    }

    private static RunActions freeze(CompiledRule rule, ActionRecorder actions) {
        try {
            return actions.toActions();
        } catch (IllegalArgumentException wrong) {
            throw new RuleException(rule.scriptName(), null, wrong.getMessage(), wrong);
        }
    }

    void cleanUpCache() {
        cache.cleanUp();
    }

    private void ensureOpen() {
        if (closed) throw new IllegalStateException("the rule engine is closed");
    }
}
