package io.entwine.script.sandbox;

import groovy.lang.Binding;
import groovy.lang.Closure;
import groovy.lang.GString;
import groovy.lang.Range;
import groovy.lang.Script;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the sandbox lets a rule touch (STACK.md §3.1: what the published script corpus needs). Anything not
 * listed is refused: an allow-list, so a new JDK or Groovy method is closed until it is listed here.
 *
 * <ul>
 *   <li><b>values a rule may call methods on and read properties of</b>: text, numbers, booleans,
 *       collections, maps, dates and times, regex, closures, the rule script itself, the replica model,
 *       the helpers and the logger;</li>
 *   <li><b>classes whose static members may be used</b>: number parsing, Math, time factories, JSON,
 *       collection factories, the replica value factories;</li>
 *   <li><b>classes a rule may instantiate</b>: collections, builders, dates, JSON slurper, the replica
 *       model and exceptions of our own and of the JDK's core packages;</li>
 *   <li><b>names refused on every receiver</b>: reflection and meta-programming ({@code getClass},
 *       {@code metaClass}, {@code invokeMethod}, {@code use}, {@code mixin}), process and thread control
 *       ({@code execute}, {@code sleep}, {@code addShutdownHook}) and run-time compilation
 *       ({@code evaluate}); on closures also re-targeting ({@code delegate}, {@code owner},
 *       {@code rehydrate}); on the script also {@code run} and {@code setBinding}.</li>
 * </ul>
 * Thread-safe (immutable; the per-class answers are cached in {@link ClassValue}s).
 */
final class AllowList {

    private static final List<Class<?>> RECEIVER_TYPES = List.of(
            CharSequence.class, GString.class, Number.class, Boolean.class, Character.class, Enum.class,
            Collection.class, Map.class, Map.Entry.class, Iterator.class, Optional.class, Range.class,
            Date.class, Calendar.class, TimeZone.class, Locale.class, UUID.class, Random.class,
            TemporalAccessor.class, TemporalAmount.class, ZoneId.class, DateTimeFormatter.class, Clock.class,
            java.text.Format.class, Pattern.class, Matcher.class,
            Closure.class, Script.class, Binding.class, Throwable.class, org.slf4j.Logger.class);

    /** Packages whose public types are all fine as receivers (their classes hold no capabilities). */
    private static final List<String> RECEIVER_PACKAGES = List.of(
            "io.entwine.api.replica.", "io.entwine.api.errors.", "io.entwine.script.helpers.",
            "io.entwine.script.errors.", "io.entwine.script.actions.", "io.entwine.script.compat.", "groovy.json.");

    /** Packages whose classes' static members (enum constants, converters, factories) rules may use. */
    private static final List<String> STATIC_PACKAGES = List.of(
            "io.entwine.api.replica.", "io.entwine.script.actions.", "io.entwine.script.compat.");

    private static final Set<Class<?>> STATIC_CLASSES = Set.of(
            Math.class, StrictMath.class, Integer.class, Long.class, Short.class, Byte.class, Double.class,
            Float.class, Boolean.class, Character.class, String.class, BigDecimal.class, BigInteger.class,
            Objects.class, Arrays.class, Collections.class, List.class, Set.class, Map.class, Optional.class,
            UUID.class, Pattern.class, TimeUnit.class, Locale.class, TimeZone.class,
            Instant.class, LocalDate.class, LocalDateTime.class, LocalTime.class, ZonedDateTime.class,
            OffsetDateTime.class, Duration.class, Period.class, ZoneId.class, ZoneOffset.class, DayOfWeek.class,
            Month.class, ChronoUnit.class, DateTimeFormatter.class,
            groovy.json.JsonOutput.class, groovy.json.StringEscapeUtils.class);

    /** Operators the sandbox routes through Groovy's runtime adapter ({@code =~}, {@code ==~}, {@code ~/re/} ...). */
    private static final Set<String> OPERATOR_HELPERS = Set.of(
            "findRegex", "matchRegex", "bitwiseNegate", "unaryMinus", "unaryPlus", "createRange", "isCase",
            "compareTo", "compareEqual", "compareNotEqual", "compareIdentical", "compareNotIdentical",
            "compareLessThan", "compareLessThanEqual", "compareGreaterThan", "compareGreaterThanEqual",
            "createList", "createMap", "despreadList", "spreadMap");

    private static final Set<Class<?>> CONSTRUCTIBLE = Set.of(
            Object.class, ArrayList.class, LinkedList.class, HashMap.class, LinkedHashMap.class, TreeMap.class,
            HashSet.class, LinkedHashSet.class, TreeSet.class, StringBuilder.class, StringBuffer.class,
            String.class, Date.class, BigDecimal.class, BigInteger.class, Random.class,
            java.text.SimpleDateFormat.class, java.text.DecimalFormat.class,
            groovy.json.JsonSlurper.class, groovy.json.JsonBuilder.class, groovy.json.JsonOutput.class);

    /** Refused as a method on every receiver. */
    private static final Set<String> DENIED_METHODS = Set.of(
            "getClass", "getMetaClass", "setMetaClass", "invokeMethod", "getMetaPropertyValues", "dump",
            "use", "mixin", "execute", "sleep", "addShutdownHook", "evaluate",
            "forName", "newInstance", "getClassLoader", "wait", "notify", "notifyAll", "finalize",
            "toURL", "toURI", "getInteger", "getLong", "getBoolean");

    /** Refused as a property on every receiver (a map's key of that name included). */
    private static final Set<String> DENIED_PROPERTIES = Set.of("class", "metaClass", "classLoader");

    /** Refused on closures only: re-targeting a closure lets it run against another object. */
    private static final Set<String> DENIED_ON_CLOSURES = Set.of(
            "delegate", "getDelegate", "setDelegate", "owner", "getOwner", "thisObject", "getThisObject",
            "resolveStrategy", "setResolveStrategy", "directive", "setDirective", "rehydrate", "dehydrate",
            "asWritable");

    /** Refused on the rule script itself: re-running it or swapping its variables. */
    private static final Set<String> DENIED_ON_SCRIPTS = Set.of("run", "setBinding");

    /** Methods and bean properties of java.lang.Class: refused on a class value, except its names. */
    private static final Set<String> CLASS_MEMBERS = classMembers();

    private static final ClassValue<Boolean> RECEIVER = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            if (type.isArray()) return true;
            for (Class<?> allowed : RECEIVER_TYPES) if (allowed.isAssignableFrom(type)) return true;
            String name = type.getName();
            for (String pkg : RECEIVER_PACKAGES) if (name.startsWith(pkg)) return true;
            return false;
        }
    };

    /** Public bean properties of a class: the only properties readable or writable on a helper. */
    private static final ClassValue<Set<String>> BEAN_PROPERTIES = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
            Set<String> names = new HashSet<>();
            for (Method m : type.getMethods()) {
                String n = m.getName();
                if (n.startsWith("get") && n.length() > 3 && m.getParameterCount() == 0
                        || n.startsWith("set") && n.length() > 3 && m.getParameterCount() == 1) {
                    names.add(Character.toLowerCase(n.charAt(3)) + n.substring(4));
                } else if (n.startsWith("is") && n.length() > 2 && m.getParameterCount() == 0) {
                    names.add(Character.toLowerCase(n.charAt(2)) + n.substring(3));
                }
            }
            return Set.copyOf(names);
        }
    };

    private AllowList() {
    }

    /**
     * Property {@code name} may be read or written on this receiver. Groovy also reaches private fields by
     * property syntax; on the helpers and the engine's own bound objects ({@code store}) that would expose the
     * tracker connector, the engine's callbacks and the run's recorded actions (and through reflective serialisers
     * such as JsonOutput, the connector's settings), so there only public bean properties count.
     */
    static boolean property(Object receiver, String name) {
        if (receiver == null) return true;
        Class<?> type = receiver.getClass();
        String typeName = type.getName();
        if (!typeName.startsWith("io.entwine.script.helpers.") && !typeName.startsWith("io.entwine.script.internal.")) return true;
        return BEAN_PROPERTIES.get(type).contains(name);
    }

    /** Direct field access ({@code obj.@field}) is only for maps and the replica model. */
    static boolean fieldAccess(Object receiver) {
        return receiver instanceof Map || receiver != null && receiver.getClass().getName().startsWith("io.entwine.api.replica.");
    }

    /** Member {@code name} (a method, or a property when {@code property}) is refused on this receiver. */
    static boolean deniedMember(Object receiver, String name, boolean property) {
        if (property ? DENIED_PROPERTIES.contains(name) : DENIED_METHODS.contains(name)) return true;
        if (receiver instanceof Closure) return DENIED_ON_CLOSURES.contains(name);
        if (receiver instanceof Script) return DENIED_ON_SCRIPTS.contains(name);
        return false;
    }

    /** A value of this type may receive calls and property access. */
    static boolean receiver(Class<?> type) {
        return RECEIVER.get(type);
    }

    /** Static member {@code name} of {@code type} may be used (a method or a constant). */
    static boolean staticMember(Class<?> type, String name) {
        if (DENIED_METHODS.contains(name) || DENIED_PROPERTIES.contains(name) || CLASS_MEMBERS.contains(name)) return false;
        if (STATIC_CLASSES.contains(type)) return true;
        if (type == org.codehaus.groovy.runtime.ScriptBytecodeAdapter.class) return OPERATOR_HELPERS.contains(name);
        for (String pkg : STATIC_PACKAGES) if (type.getName().startsWith(pkg)) return true;
        return Script.class.isAssignableFrom(type) && type != Script.class;
    }

    /** {@code new type(...)} is allowed. */
    static boolean constructible(Class<?> type) {
        if (CONSTRUCTIBLE.contains(type)) return true;
        String name = type.getName();
        if (name.startsWith("io.entwine.api.replica.") || name.startsWith("io.entwine.api.errors.")
                || name.startsWith("io.entwine.script.actions.") || name.startsWith("io.entwine.script.compat.")) return true;
        return Throwable.class.isAssignableFrom(type) && Modifier.isPublic(type.getModifiers())
                && (name.startsWith("java.lang.") || name.startsWith("java.util.") || name.startsWith("io.entwine."));
    }

    /** {@code value as type} (or a coercion to it) is allowed. */
    static boolean castTarget(Class<?> type, Object value) {
        if (type.isPrimitive() || type == Object.class || receiver(type) || constructible(type)) return true;
        if (type.isArray()) return castTarget(type.getComponentType(), null);
        // closures and maps coerced to an interface become proxies; calling them runs only the script's code
        return type.isInterface() && (value instanceof Closure || value instanceof Map);
    }

    private static Set<String> classMembers() {
        Set<String> names = new HashSet<>();
        for (Method m : Class.class.getMethods()) {
            String n = m.getName();
            names.add(n);
            if (n.startsWith("get") && n.length() > 3 && m.getParameterCount() == 0) {
                names.add(Character.toLowerCase(n.charAt(3)) + n.substring(4));
            } else if (n.startsWith("is") && n.length() > 2 && m.getParameterCount() == 0) {
                names.add(Character.toLowerCase(n.charAt(2)) + n.substring(3));
            }
        }
        names.removeAll(Set.of("getName", "name", "getSimpleName", "simpleName"));
        // names that are also plain static factories of allowed classes (Enum.valueOf, String.valueOf ...)
        names.removeAll(Set.of("valueOf", "toString", "equals", "hashCode", "cast", "isInstance"));
        return Set.copyOf(names);
    }
}
