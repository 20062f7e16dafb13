package io.entwine.script.internal;

import groovy.lang.Binding;
import io.entwine.api.replica.HubIssue;
import io.entwine.script.IncomingInput;
import io.entwine.script.OutgoingInput;
import io.entwine.script.RuleServices;
import io.entwine.script.actions.ActionRecorder;
import io.entwine.script.actions.EntityKey;
import io.entwine.script.compat.Tuple2;
import io.entwine.script.helpers.AttachmentHelper;
import io.entwine.script.helpers.CommentHelper;
import io.entwine.script.helpers.ConnectionInfo;
import io.entwine.script.helpers.DebugHelper;
import io.entwine.script.helpers.NodeHelper;
import io.entwine.script.helpers.ScriptHttpClient;
import io.entwine.script.helpers.SyncHelper;
import io.entwine.script.helpers.WorkLogHelper;
import io.entwine.script.helpers.WorkflowHelper;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The variables of one run (SCRIPTING.md, "Bindings"): the entity under all its names ({@code issue},
 * {@code workItem}, {@code entity}, and its entity type when that is not "issue": {@code incident}...), the
 * helpers, {@code connection}, {@code debug}, {@code log}; on incoming runs also {@code replica}, {@code previous},
 * {@code firstSync}, {@code issueUrl}, {@code traces} and {@code store}. Stateless.
 */
public final class RunBindings {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private RunBindings() {
    }

    public static Binding outgoing(String scriptName, OutgoingInput in, HubIssue replica, ActionRecorder actions) {
        Map<String, Object> vars = common(scriptName, in.services(), in.issue(), actions, null,
                new CommentHelper(null, null), new AttachmentHelper(null, null, null), new WorkLogHelper(null, null, null));
        vars.put("replica", replica);
        return new Binding(vars);
    }

    public static Binding incoming(String scriptName, IncomingInput in, ActionRecorder actions) {
        HubIssue replica = in.replica();
        Map<String, Object> vars = common(scriptName, in.services(), in.issue(), actions, in.issueUrl(),
                new CommentHelper(in.previous(), in.traces().comments(), replica),
                new AttachmentHelper(in.previous(), in.traces().attachments(), replica),
                new WorkLogHelper(in.previous(), in.traces().workLogs(), replica));
        vars.put("replica", replica);
        vars.put("previous", in.previous());
        vars.put("firstSync", in.firstSync());
        vars.put("issueUrl", in.issueUrl());
        vars.put("traces", actions.traceList());
        vars.put("store", new StoreClosure(in.issue(), in.services().store(), actions));
        return new Binding(vars);
    }

    /**
     * An incoming script that returns an entity key (alone or as the first element of a {@code scala.Tuple2})
     * asks to be twinned with that existing entity instead of creating one.
     */
    public static void connectTo(Object returned, ActionRecorder actions) {
        Object first = returned instanceof Tuple2 t ? t._1() : returned;
        if (first instanceof EntityKey key) actions.connectTo(key);
    }

    private static Map<String, Object> common(String scriptName, RuleServices services, HubIssue issue, ActionRecorder actions,
                                              String remoteIssueUrl, CommentHelper comments, AttachmentHelper attachments,
                                              WorkLogHelper workLogs) {
        Map<String, Object> vars = new HashMap<>(48);
        ConnectionInfo connection = new ConnectionInfo(services.connectionName(), services.localNodeName(), services.remoteNodeName());
        NodeHelper nodeHelper = new NodeHelper(services.connector(), services.twins());
        vars.put("issue", issue);
        vars.put("workItem", issue);
        vars.put("entity", issue);
        vars.put("entityType", services.entityType());
        vars.put("nodeHelper", nodeHelper);
        vars.put("commentHelper", comments);
        vars.put("attachmentHelper", attachments);
        vars.put("workLogHelper", workLogs);
        vars.put("workflowHelper", new WorkflowHelper(actions));
        vars.put("syncHelper", new SyncHelper(actions, services.twins(), nodeHelper, services.connector(), issue, remoteIssueUrl));
        vars.put("httpClient", new ScriptHttpClient(services.connector()));
        vars.put("connection", connection);
        vars.put("relation", connection);
        vars.put("debug", new DebugHelper(scriptName, services.log()));
        vars.put("log", services.log());
        String alias = services.entityType();
        if (IDENTIFIER.matcher(alias).matches() && !vars.containsKey(alias) && !RESERVED.contains(alias)) vars.put(alias, issue);
        return vars;
    }

    /** Names an entity type may not take as an alias: the incoming bindings and the script's own. */
    private static final java.util.Set<String> RESERVED = java.util.Set.of("replica", "previous", "firstSync", "issueUrl",
            "traces", "store", "binding", "out", "this", "super");
}
