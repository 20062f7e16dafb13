package io.entwine.server.scripts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.entwine.api.connector.EntityRef;
import io.entwine.api.errors.EntityException;
import io.entwine.api.errors.RetriableSyncException;
import io.entwine.api.replica.HubAttachment;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubWorkLog;
import io.entwine.model.codec.ReplicaCodec;
import io.entwine.model.codec.ReplicaFormatException;
import io.entwine.model.diff.EntityChanges;
import io.entwine.model.diff.EntityDiff;
import io.entwine.model.diff.FieldConflict;
import io.entwine.model.diff.FieldMerge;
import io.entwine.model.diff.MergeResult;
import io.entwine.script.CompiledRule;
import io.entwine.script.EntityStore;
import io.entwine.script.IncomingInput;
import io.entwine.script.IncomingResult;
import io.entwine.script.OutgoingInput;
import io.entwine.script.OutgoingResult;
import io.entwine.script.RuleEngine;
import io.entwine.script.RuleServices;
import io.entwine.script.SubObjectTraces;
import io.entwine.script.errors.RuleException;
import io.entwine.store.rule.Direction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.NOPLogger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Compiles a rule script and runs it the way the sync would, on entities given by the caller, writing nothing.
 *
 * <p><b>Outgoing</b>: the script fills a replica from the given local entity; the result is that replica.
 * <b>Incoming</b>: the script applies the given replica to a copy of the given local entity; when
 * {@code previous} is given (and it is not a first sync) it runs a second time with the previous replica and the
 * sync's field-level merge keeps local values of fields the remote side did not change, exactly as the node
 * does. The result is what would be written ({@link EntityDiff} of the local entity and the result), or on
 * first sync the entity that would be created, plus what the script asked for besides (sync back, transitions,
 * connect to an existing entity...). A local comment, attachment or work log with {@code remoteId} counts as the
 * mirror (or original) of that remote one, the way the node's traces do; the request's twins answer twin
 * look-ups; {@code store(issue)} writes nothing and logs where it would have.
 *
 * <p>Look-ups go to the {@link DryRunTracker} given per run, which refuses writes. Runs use the engine's
 * sandbox and time budget. Thread-safe (the engine is); blocks as long as the script and its look-ups do.
 * Failures: {@link ScriptProblemException} for anything the script did wrong (it does not compile, threw,
 * timed out, put a value a replica cannot carry), {@link io.entwine.api.errors.ConfigException} for an input
 * that does not fit the request.
 */
public final class ScriptDryRun {
    private static final Logger RULES_LOG = LoggerFactory.getLogger("io.entwine.rules.dryrun");

    private final RuleEngine engine;
    private final String localNodeName;

    /** @param localNodeName the {@code connection.localInstance.name} scripts see */
    public ScriptDryRun(RuleEngine engine, String localNodeName) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.localNodeName = localNodeName == null ? "local" : localNodeName;
    }

    /** Compiles the script under the sandbox; a {@link ScriptProblemException} of kind compile when it does not. */
    public CompiledRule check(String scriptName, String source) {
        try {
            return engine.compile(scriptName, source);
        } catch (RuleException e) {
            throw new ScriptProblemException(ScriptProblem.of(e, scriptName, null), e);
        }
    }

    /** Runs the request's script against its entities, answering look-ups from {@code tracker}. */
    public DryRunResult run(DryRunRequest request, DryRunTracker tracker) {
        CompiledRule rule = check(request.scriptName(), request.script());
        CapturedLog log = new CapturedLog(RULES_LOG);
        DryRunTracker lookups = request.twins().isEmpty() ? tracker : new TwinEntitiesTracker(tracker, request.twins());
        RuleServices services = services(request, lookups, log, log);
        try {
            return request.direction() == Direction.OUTGOING
                    ? outgoing(rule, request, services, log, tracker.source())
                    : incoming(rule, request, lookups, services, log, tracker.source());
        } catch (RuleException | EntityException | RetriableSyncException | ReplicaFormatException | IllegalArgumentException e) {
            throw new ScriptProblemException(ScriptProblem.of(e, request.scriptName(), rule), e);
        }
    }

    /**
     * The run's services: the request's twins, and a {@code store(issue)} that writes nothing but says in the log
     * that the entity would be written at that line (the report shows it under {@code actions.stored}).
     */
    private RuleServices services(DryRunRequest request, DryRunTracker tracker, Logger log, CapturedLog notes) {
        EntityStore store = issue -> {
            notes.info("dry run: store(issue) would {} the entity here", issue.getKey() == null && issue.getId() == null ? "create" : "write");
            return new EntityRef(issue.getKey(), issue.getId(), issue.getUrl(), null);
        };
        return new RuleServices(tracker, request.connectionName(), localNodeName, request.remoteName(), log, null,
                new KnownTwins(request.twins()), store);
    }

    private DryRunResult outgoing(CompiledRule rule, DryRunRequest request, RuleServices services, CapturedLog log, String source) {
        OutgoingResult result = engine.runOutgoing(rule, new OutgoingInput(request.issue().copy(), services));
        return new DryRunResult.Outgoing(ReplicaCodec.toJson(result.replica()), result.sendsNothing(),
                ActionsJson.of(result.actions()), source, log.lines());
    }

    private DryRunResult incoming(CompiledRule rule, DryRunRequest request, DryRunTracker lookups, RuleServices services,
                                  CapturedLog log, String source) {
        HubIssue local = request.issue() == null ? new HubIssue() : request.issue();
        boolean hasPrevious = request.previous() != null;
        HubIssue previous = hasPrevious ? request.previous() : new HubIssue();
        String issueUrl = request.issueUrl() != null ? request.issueUrl() : request.replica().getUrl();
        SubObjectTraces traces = traces(local);

        // scripts may change what they are given (replica.comments = ...): each run works on copies
        IncomingResult withReplica = engine.runIncoming(rule, new IncomingInput(request.replica().copy(), previous.copy(), local.copy(),
                request.firstSync(), issueUrl, traces, services));
        ObjectNode actions = ActionsJson.of(withReplica.actions());
        if (withReplica.skipped() || withReplica.actions().connectTo() != null) {
            DryRunResult.Action action = withReplica.skipped() ? DryRunResult.Action.SKIP : DryRunResult.Action.CONNECT;
            return incomingResult(action, EntityDiff.between(local, local), local, null, List.of(), actions, source, log);
        }
        HubIssue target = withReplica.issue();
        MergeResult merge = new MergeResult(target, List.of());
        if (!request.firstSync() && hasPrevious) {
            // the second run's log would repeat the first's: only the run with the received replica is shown
            RuleServices quiet = services(request, lookups, NOPLogger.NOP_LOGGER, new CapturedLog(NOPLogger.NOP_LOGGER));
            IncomingResult withPrevious = engine.runIncoming(rule, new IncomingInput(previous.copy(), previous.copy(), local.copy(),
                    false, issueUrl, traces, quiet));
            merge = FieldMerge.merge(local, withPrevious.issue(), target);
        }
        EntityChanges changes = EntityDiff.between(local, merge.merged());
        boolean writes = !changes.isEmpty() || !withReplica.actions().transitions().isEmpty();
        DryRunResult.Action action = request.firstSync() ? DryRunResult.Action.CREATE
                : writes ? DryRunResult.Action.UPDATE : DryRunResult.Action.NONE;
        ObjectNode entity = request.firstSync() ? ActionsJson.entity(merge.merged()) : null;
        return incomingResult(action, changes, local, entity, merge.conflicts(), actions, source, log);
    }

    private static DryRunResult incomingResult(DryRunResult.Action action, EntityChanges changes, HubIssue local, ObjectNode entity,
                                               List<FieldConflict> conflicts, ObjectNode actions, String source, CapturedLog log) {
        ArrayNode conflictJson = conflicts.isEmpty() ? JsonNodeFactory.instance.arrayNode() : ChangesJson.conflicts(conflicts);
        return new DryRunResult.Incoming(action, ChangesJson.of(changes, local), entity, conflictJson, actions, source, log.lines());
    }

    /**
     * The twin's sub-object traces as the node would hold them: a local comment, attachment or work log that carries
     * a {@code remoteId} is the mirror (or original) of the remote one with that id.
     */
    private static SubObjectTraces traces(HubIssue local) {
        return new SubObjectTraces(
                traced(local.getComments(), HubComment::getRemoteId, HubComment::getId),
                traced(local.getAttachments(), HubAttachment::getRemoteId, HubAttachment::getId),
                traced(local.getWorkLogs(), HubWorkLog::getRemoteId, HubWorkLog::getId));
    }

    private static <T> Map<String, String> traced(List<T> items, Function<T, String> remoteId, Function<T, String> id) {
        Map<String, String> traces = new HashMap<>();
        for (T item : items) {
            if (id.apply(item) != null && remoteId.apply(item) != null) traces.put(remoteId.apply(item), id.apply(item));
        }
        return traces;
    }
}
