package io.entwine.script.sandbox;

import groovy.lang.Range;

import java.lang.reflect.Array;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Size limits on what a rule may allocate in one go. The JVM bounds memory per process, not per run, so a rule
 * asking for a billion-character string or a huge array would starve the whole node; the common ways to ask for
 * one are refused up front: arrays ({@link #arraySize}, inserted around every array size by
 * {@link ArraySizeLimit}), repeating texts and lists ({@code 'x' * n}, {@code repeat}, {@code padLeft}...),
 * materialising huge ranges and capacity constructors. The engine also turns an {@link OutOfMemoryError} of a run
 * into a rule error, for whatever gets past these. Stateless.
 */
public final class Limits {
    /** The most elements (characters, list items, array slots) one allocation of a rule may have. */
    public static final long MAX_ELEMENTS = 10_000_000L;

    private static final Set<String> REPEATING = Set.of("multiply", "repeat", "padLeft", "padRight", "center");
    private static final Set<String> MATERIALISING = Set.of("toList", "collect", "toArray", "asList", "toSet", "toSorted",
            "collectMany", "withIndex", "indexed", "reverse", "findAll", "toSpreadMap", "step");
    private static final Set<String> SIZED_STATICS = Set.of("nCopies", "copyOf", "copyOfRange", "fill", "setAll");

    private Limits() {
    }

    /** Called by compiled rules around every array dimension: the size itself, or a refusal above the limit. */
    public static int arraySize(Object size) {
        long n = size instanceof Number number ? number.longValue() : Long.parseLong(String.valueOf(size));
        if (n > MAX_ELEMENTS) throw refuse("create an array of " + n + " elements");
        return (int) n;
    }

    static void checkCall(Object receiver, String method, Object[] args) {
        if (REPEATING.contains(method) && args != null && args.length >= 1 && args[0] instanceof Number times) {
            long unit = method.equals("multiply") || method.equals("repeat") ? Math.max(1, length(receiver)) : 1;
            long total = unit * Math.max(0, times.longValue());
            if (times.longValue() > MAX_ELEMENTS || total > MAX_ELEMENTS) throw refuse("make " + method + " produce " + total + " elements");
        }
        if (receiver instanceof Range<?> range && MATERIALISING.contains(method) && range.size() > MAX_ELEMENTS) {
            throw refuse("call " + method + " on a range of " + range.size() + " elements");
        }
    }

    static void checkNew(Class<?> type, Object[] args) {
        boolean sized = Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type) || CharSequence.class.isAssignableFrom(type);
        if (sized) checkNumbers(args, "create a " + type.getSimpleName() + " of capacity ");
    }

    static void checkStatic(Class<?> type, String method, Object[] args) {
        if (SIZED_STATICS.contains(method)) checkNumbers(args, "call " + type.getSimpleName() + "." + method + " for ");
    }

    private static void checkNumbers(Object[] args, String what) {
        if (args == null) return;
        for (Object a : args) {
            if (a instanceof Number n && n.longValue() > MAX_ELEMENTS) throw refuse(what + n + " elements");
        }
    }

    private static long length(Object receiver) {
        if (receiver instanceof CharSequence s) return s.length();
        if (receiver instanceof Collection<?> c) return c.size();
        if (receiver != null && receiver.getClass().isArray()) return Array.getLength(receiver);
        return 1;
    }

    private static SecurityException refuse(String what) {
        return new SecurityException("rules may not " + what + " (the limit is " + String.format("%,d", MAX_ELEMENTS) + ")");
    }
}
