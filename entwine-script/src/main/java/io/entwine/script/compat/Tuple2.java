package io.entwine.script.compat;

import java.util.Objects;

/**
 * {@code scala.Tuple2}: what an incoming script returns to connect to an existing entity
 * ({@code return new scala.Tuple2(issueKey, scala.collection.JavaConverters.asScalaBuffer(traces).toSeq())}).
 * The engine reads {@code _1} (the entity's key); {@code _2} carries the traces. Immutable.
 */
public final class Tuple2 {
    public final Object _1;
    public final Object _2;

    public Tuple2(Object first, Object second) {
        this._1 = first;
        this._2 = second;
    }

    public Object _1() { return _1; }
    public Object _2() { return _2; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tuple2 t && Objects.equals(_1, t._1) && Objects.equals(_2, t._2);
    }

    @Override
    public int hashCode() { return Objects.hash(_1, _2); }

    @Override
    public String toString() { return "(" + _1 + "," + _2 + ")"; }
}
