package io.entwine.script;

import java.util.Map;

/**
 * The sub-objects of one twin already mirrored, by kind: remote id -> local id of its twin. Immutable.
 *
 * @param comments    comment traces
 * @param attachments attachment traces
 * @param workLogs    work log traces
 */
public record SubObjectTraces(Map<String, String> comments, Map<String, String> attachments, Map<String, String> workLogs) {

    public static final SubObjectTraces NONE = new SubObjectTraces(Map.of(), Map.of(), Map.of());

    public SubObjectTraces {
        comments = comments == null ? Map.of() : Map.copyOf(comments);
        attachments = attachments == null ? Map.of() : Map.copyOf(attachments);
        workLogs = workLogs == null ? Map.of() : Map.copyOf(workLogs);
    }

    /** Comment traces only (the engine did not track other sub-objects yet). */
    public static SubObjectTraces ofComments(Map<String, String> comments) {
        return new SubObjectTraces(comments, Map.of(), Map.of());
    }
}
