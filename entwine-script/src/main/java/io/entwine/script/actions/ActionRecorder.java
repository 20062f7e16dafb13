package io.entwine.script.actions;


import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Collects what the helpers of one run ask the engine to do ({@code syncHelper}, {@code workflowHelper},
 * {@code traces}, {@code store}) and freezes it into {@link RunActions} when the run ends. One per run; not
 * thread-safe.
 */
public final class ActionRecorder {
    private boolean syncBack;
    private boolean unsync;
    private final List<String> exalate = new ArrayList<>();
    private final List<TransitionRequest> transitions = new ArrayList<>();
    private final List<Object> traces = new ArrayList<>();
    private EntityKey connectTo;
    private StoredEntity stored;

    public void syncBack() { syncBack = true; }
    public void unsync() { unsync = true; }
    public void exalate(String localKey) { if (!exalate.contains(localKey)) exalate.add(localKey); }
    public void transition(TransitionRequest request) { transitions.add(request); }
    public void connectTo(EntityKey key) { connectTo = key; }
    public void stored(StoredEntity entity) { stored = entity; }
    public StoredEntity stored() { return stored; }

    /** The live list bound as {@code traces}: scripts add to it. */
    public List<Object> traceList() { return traces; }

    /**
     * The frozen requests. Elements of {@code traces} must be traces (or maps with {@code type}, {@code localId},
     * {@code remoteId}); anything else is refused naming its position.
     */
    public RunActions toActions() {
        List<Trace> frozen = new ArrayList<>(traces.size());
        for (int i = 0; i < traces.size(); i++) frozen.add(trace(traces.get(i), i));
        return new RunActions(syncBack, unsync, exalate, transitions, frozen, connectTo, stored);
    }

    private static Trace trace(Object value, int index) {
        if (value instanceof Trace t) return new Trace().from(t);
        if (value instanceof Map<?, ?> m && m.get("localId") != null && m.get("remoteId") != null) {
            Object type = m.get("type");
            Trace t = new Trace().setLocalId(m.get("localId")).setRemoteId(m.get("remoteId"));
            if (type != null) t.setType(io.entwine.script.actions.TraceType.valueOf(String.valueOf(type).toUpperCase(java.util.Locale.ROOT)));
            return t;
        }
        throw new IllegalArgumentException("traces[" + index + "] is not a trace: " + value + " (use new BasicNonPersistentTrace()"
                + ".setType(TraceType.COMMENT).setLocalId(...).setRemoteId(...))");
    }
}
