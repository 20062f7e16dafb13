package io.entwine.server.scripts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.entwine.api.replica.HubIssue;
import io.entwine.model.ReplicaProperties;
import io.entwine.model.codec.ReplicaCodec;
import io.entwine.model.codec.ReplicaValues;
import io.entwine.script.actions.EntityKey;
import io.entwine.script.actions.RunActions;
import io.entwine.script.actions.Trace;
import io.entwine.script.actions.TransitionRequest;

/**
 * The JSON form of what a run asked the engine to do besides writing fields: {@code syncBack}, {@code unsync},
 * {@code exalate} (local keys), {@code transitions} ({@code transition}, {@code executor}), {@code traces},
 * {@code connectTo} (the existing entity to twin with) and {@code stored} (the entity as {@code store(issue)} would
 * have written it). Every key is always present. Stateless.
 */
final class ActionsJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ActionsJson() {
    }

    static ObjectNode of(RunActions actions) {
        ObjectNode o = NODES.objectNode();
        o.put("syncBack", actions.syncBack());
        o.put("unsync", actions.unsync());
        ArrayNode exalate = o.putArray("exalate");
        actions.exalate().forEach(exalate::add);
        ArrayNode transitions = o.putArray("transitions");
        for (TransitionRequest t : actions.transitions()) {
            ObjectNode transition = transitions.addObject().put("transition", t.transition());
            transition.set("executor", ReplicaValues.toJson(t.executor()));
        }
        ArrayNode traces = o.putArray("traces");
        for (Trace t : actions.traces()) {
            traces.addObject().put("type", t.getType().name()).put("localId", t.getLocalId()).put("remoteId", t.getRemoteId())
                    .put("action", t.getAction().name()).put("toSynchronize", t.isToSynchronize());
        }
        EntityKey connectTo = actions.connectTo();
        if (connectTo == null) o.putNull("connectTo");
        else o.putObject("connectTo").put("id", connectTo.getIdStr()).put("key", connectTo.getKey())
                .put("entityType", connectTo.getEntityType()).put("url", connectTo.getUrl());
        if (actions.stored() == null) o.putNull("stored");
        else o.set("stored", entity(actions.stored().asStored()));
        return o;
    }

    /** An entity in its replica form without {@code $schema}: it is a local entity, not a message. */
    static ObjectNode entity(HubIssue issue) {
        ObjectNode json = ReplicaCodec.toJson(issue);
        json.remove(ReplicaProperties.SCHEMA);
        return json;
    }
}
