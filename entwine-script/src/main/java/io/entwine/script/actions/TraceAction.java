package io.entwine.script.actions;

/** What the engine still has to do about a traced sub-object; scripts that wrote it themselves say {@link #NONE}. */
public enum TraceAction {
    NONE, TO_CREATE, TO_UPDATE, TO_DELETE
}
