package io.entwine.script.compat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * {@code scala.collection.JavaConverters} (and {@code JavaConversions}): the conversions between Java and Scala
 * collections scripts written for Exalate call. Our "Scala" collections are Java lists, so these copy.
 */
public final class JavaConverters {
    private JavaConverters() {
    }

    public static ScalaBuffer asScalaBuffer(Collection<?> list) { return new ScalaBuffer(list); }
    public static ScalaBuffer asScalaBufferConverter(Collection<?> list) { return new ScalaBuffer(list); }
    public static List<Object> bufferAsJavaList(Collection<?> buffer) { return new ArrayList<>(buffer); }
    public static List<Object> seqAsJavaList(Collection<?> seq) { return new ArrayList<>(seq); }
    public static List<Object> asJava(Collection<?> seq) { return new ArrayList<>(seq); }
}
