package io.entwine.script;

import groovy.lang.Binding;
import io.entwine.api.replica.HubIssue;
import io.entwine.script.errors.RuleCompileException;
import io.entwine.script.helpers.CommentHelper;
import io.entwine.script.helpers.ConnectionInfo;
import io.entwine.script.helpers.DebugHelper;
import io.entwine.script.helpers.NodeHelper;
import io.entwine.script.internal.LocalEntity;
import io.entwine.script.internal.RuleClassCache;
import io.entwine.script.internal.ScriptFailures;
import io.entwine.script.internal.Watchdog;
import io.entwine.script.sandbox.AllowListInterceptor;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Compiles and runs sync rules (Groovy scripts, SCRIPTING.md).
 *
 * <p><b>Compiling</b> goes through the hardened pipeline of {@code sandbox.CompilerSetup} and is cached by
 * {@code sha256(source) + }{@link #ENGINE_VERSION}: the same text compiles once (about 10 ms), and an
 * evicted script's classes are unloaded.
 *
 * <p><b>Running</b> happens on the caller's thread, with a fresh {@link Binding} and script instance per
 * run over the cached class (microseconds), inside the sandbox's allow-list ({@code sandbox.AllowList}).
 * A watchdog interrupts the thread when the run exceeds the time budget. Runs may block as long as the
 * helpers' tracker look-ups do.
 *
 * <p><b>Failures</b>: {@link RuleCompileException} for invalid scripts; {@code RuleException} (with the
 * script line) for anything a script throws, including {@code debug.error}, unknown properties of
 * {@code issue}, unknown helpers and sandbox refusals; {@code RuleTimeoutException} past the budget. An
 * {@code EntityException} thrown by a script, and a {@code RetriableSyncException} from a helper's
 * tracker call, pass through unchanged.
 *
 * <p>Thread-safe; close it to stop the watchdog thread and unload every compiled script.
 */
public final class RuleEngine implements AutoCloseable {

    /** Part of the cache key: bump it whenever the compile pipeline changes what a script compiles to. */
    public static final String ENGINE_VERSION = "1";

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
     * as filled when the script ended (a {@code return} anywhere ends it); an empty replica means "send nothing".
     */
    public OutgoingResult runOutgoing(CompiledRule rule, OutgoingInput in) {
        ensureOpen();
        HubIssue replica = new HubIssue();
        Binding binding = commonBinding(rule, in.services(), in.issue(), new CommentHelper(null, null));
        binding.setVariable("replica", replica);
        run(rule, binding);
        return new OutgoingResult(binding.getVariable("replica") instanceof HubIssue filled ? filled : replica);
    }

    /**
     * Runs an incoming rule: the script applies {@code replica} to {@code in.issue()}, which it mutates in
     * place. On first sync, a run that sets no field at all (an early {@code return}) is reported as skipped.
     */
    public IncomingResult runIncoming(CompiledRule rule, IncomingInput in) {
        ensureOpen();
        HubIssue issue = in.issue();
        HubIssue before = in.firstSync() ? issue.copy() : null;
        Binding binding = commonBinding(rule, in.services(), issue, new CommentHelper(in.previous(), in.commentTraces()));
        binding.setVariable("replica", in.replica());
        binding.setVariable("previous", in.previous());
        binding.setVariable("firstSync", in.firstSync());
        binding.setVariable("issueUrl", in.issueUrl());
        run(rule, binding);
        return new IncomingResult(issue, before != null && before.equals(issue));
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

    private Binding commonBinding(CompiledRule rule, RuleServices services, HubIssue issue, CommentHelper comments) {
        Map<String, Object> vars = new HashMap<>(32);
        ConnectionInfo connection = new ConnectionInfo(services.connectionName(), services.localNodeName(),
                services.remoteNodeName());
        vars.put("issue", new LocalEntity(issue));
        vars.put("entityType", "issue");
        vars.put("nodeHelper", new NodeHelper(services.connector()));
        vars.put("commentHelper", comments);
        vars.put("connection", connection);
        vars.put("relation", connection);
        vars.put("debug", new DebugHelper(rule.scriptName(), services.log()));
        vars.put("log", services.log());
        return new Binding(vars);
    }

    private void run(CompiledRule rule, Binding binding) {
        var script = rule.ruleClass().newInstance(binding);
        Throwable failure = null;
        Watchdog.Watch watch = watchdog.watchCurrentThread(settings.timeBudget());
        AllowListInterceptor.INSTANCE.register();
        try {
            script.run();
        } catch (VirtualMachineError e) {
            if (!(e instanceof StackOverflowError)) {
                AllowListInterceptor.INSTANCE.unregister();
                watch.stop();
                throw e;
            }
            failure = e;
        } catch (Throwable t) {
            failure = t;
        }
        AllowListInterceptor.INSTANCE.unregister();
        boolean timedOut = watch.stop();
        if (failure != null || timedOut) {
            throw ScriptFailures.translate(failure, rule.scriptName(), rule.ruleClass(), timedOut, settings.timeBudget());
        }
    }

    void cleanUpCache() {
        cache.cleanUp();
    }

    private void ensureOpen() {
        if (closed) throw new IllegalStateException("the rule engine is closed");
    }
}
