package io.entwine.server.scripts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Locale;

/**
 * What a dry run found, in the JSON form the CLI prints and the REST API answers ({@link #toJson()}). Immutable
 * (the JSON parts are not shared with anyone else).
 */
public sealed interface DryRunResult {

    /** Where look-ups were answered from. */
    String lookups();

    /** The lines the script logged ({@code log.info}, {@code debug.info}), as {@code "INFO text"}. */
    List<String> log();

    /** The result as JSON; see the README's "Trying a script". */
    ObjectNode toJson();

    /**
     * An outgoing run.
     *
     * @param replica      the replica the script filled, in its JSON form ({@code $schema} first)
     * @param sendsNothing true when the script filled nothing: nothing would be sent
     * @param actions      what the script asked for besides the replica ({@code syncHelper.exalate(key)}...)
     */
    record Outgoing(ObjectNode replica, boolean sendsNothing, ObjectNode actions, String lookups, List<String> log)
            implements DryRunResult {
        public Outgoing {
            log = List.copyOf(log);
        }

        @Override
        public ObjectNode toJson() {
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            o.put("direction", "outgoing");
            o.put("sendsNothing", sendsNothing);
            o.set("replica", replica.deepCopy());
            o.set("actions", actions.deepCopy());
            return finish(o, log, lookups);
        }
    }

    /** What an incoming run would do. */
    enum Action {
        /** first sync: the entity would be created */
        CREATE,
        /** the changes would be written to the existing entity (or a workflow transition run) */
        UPDATE,
        /** nothing would be written */
        NONE,
        /** first sync, and the rules connected the twin to an existing entity instead of creating one */
        CONNECT,
        /** first sync, and the rules declined to create the entity */
        SKIP;

        String label() { return name().toLowerCase(Locale.ROOT); }
    }

    /**
     * An incoming run.
     *
     * @param changes   what would be written: {@code fields}, {@code status}, and the comments, attachments and
     *                  work logs added, edited and deleted
     * @param entity    on create, the entity as the rules left it (project and type included); null otherwise
     * @param conflicts fields both sides changed differently (remote value applied), with the local and remote values
     * @param actions   what the script asked for besides the writes (sync back, stop syncing, transitions...)
     */
    record Incoming(Action action, ObjectNode changes, ObjectNode entity, ArrayNode conflicts, ObjectNode actions,
                    String lookups, List<String> log) implements DryRunResult {
        public Incoming {
            log = List.copyOf(log);
        }

        @Override
        public ObjectNode toJson() {
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            o.put("direction", "incoming");
            o.put("action", action.label());
            o.set("changes", changes.deepCopy());
            if (entity != null) o.set("entity", entity.deepCopy());
            o.set("conflicts", conflicts.deepCopy());
            o.set("actions", actions.deepCopy());
            return finish(o, log, lookups);
        }
    }

    private static ObjectNode finish(ObjectNode o, List<String> log, String lookups) {
        ArrayNode lines = o.putArray("log");
        log.forEach(lines::add);
        o.put("lookups", lookups);
        return o;
    }

}
