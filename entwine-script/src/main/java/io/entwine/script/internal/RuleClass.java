package io.entwine.script.internal;

import groovy.lang.Binding;
import groovy.lang.GroovyClassLoader;
import groovy.lang.Script;
import org.codehaus.groovy.runtime.InvokerHelper;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;

/**
 * One compiled script: its class, the loader that owns it (and its closure classes), and the constructor
 * a run uses. Shared by every {@code CompiledRule} made from the same source; immutable, thread-safe.
 */
public final class RuleClass {
    private final Class<? extends Script> type;
    private final Constructor<? extends Script> constructor;
    private final GroovyClassLoader loader;
    private final String sourceHash;

    RuleClass(Class<? extends Script> type, GroovyClassLoader loader, String sourceHash) {
        this.type = type;
        this.loader = loader;
        this.sourceHash = sourceHash;
        try {
            this.constructor = type.getConstructor(Binding.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("compiled script " + type.getName() + " has no Binding constructor", e);
        }
    }

    public Class<? extends Script> type() { return type; }

    /** sha256 of the source text, hex. */
    public String sourceHash() { return sourceHash; }

    /** A fresh script instance over {@code binding}; scripts keep state, so one instance serves one run. */
    public Script newInstance(Binding binding) {
        try {
            return constructor.newInstance(binding);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot instantiate " + type.getName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot instantiate " + type.getName(), e);
        }
    }

    /** True when the frame belongs to this script (its main class or one of its closures). */
    boolean owns(StackTraceElement frame) {
        String className = frame.getClassName();
        String name = type.getName();
        return className.equals(name) || className.startsWith(name + "$")
                || (name + ".groovy").equals(frame.getFileName());
    }

    /**
     * Lets the classes be garbage collected: Groovy keeps every class's meta information in a global
     * registry, so without {@code removeClass} a loader is never unloaded (STACK.md §3.1: ~20 KB of Metaspace
     * per script edit, forever). A rule still held by a caller keeps working: its classes are all defined.
     */
    void unload() {
        for (Class<?> c : loader.getLoadedClasses()) InvokerHelper.removeClass(c);
        InvokerHelper.removeClass(type);
        try {
            loader.close();
        } catch (IOException e) {
            // closing only releases jar handles; a script loader has none worth reporting
        }
    }
}
