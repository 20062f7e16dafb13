package io.entwine.script.compat;

import java.util.ArrayList;
import java.util.Collection;

/**
 * What {@code JavaConverters.asScalaBuffer(list)} gives: a list (a copy) that also answers the Scala conversions
 * scripts chain on it ({@code .toSeq()}, {@code .toList()}, {@code .toBuffer()}), each giving itself.
 */
public final class ScalaBuffer extends ArrayList<Object> {
    private static final long serialVersionUID = 1L;

    public ScalaBuffer(Collection<?> items) {
        super(items == null ? java.util.List.of() : items);
    }

    public ScalaBuffer toSeq() { return this; }
    public ScalaBuffer toList() { return this; }
    public ScalaBuffer toBuffer() { return this; }
}
