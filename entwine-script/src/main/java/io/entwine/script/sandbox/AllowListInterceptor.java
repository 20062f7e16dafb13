package io.entwine.script.sandbox;

import org.kohsuke.groovy.sandbox.GroovyInterceptor;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;

/**
 * The run-time half of the sandbox: every call, property access, constructor, cast and array access of a
 * rule (rewritten by groovy-sandbox's {@code SandboxTransformer} at compile time) is checked against the
 * {@link AllowList} before it happens. A refusal is a {@link SecurityException} naming what was refused;
 * the engine reports it with the script line.
 *
 * <p>Stateless: one shared instance, registered on the running thread for the duration of one run
 * ({@link #register()} / {@link #unregister()} in a finally block). Code of the helpers, the connector and
 * the engine is never rewritten, so it runs unchecked.
 */
@SuppressWarnings("rawtypes") // the overridden GroovyInterceptor methods take raw Class parameters
public final class AllowListInterceptor extends GroovyInterceptor {

    /** The instance the engine registers around each run. */
    public static final AllowListInterceptor INSTANCE = new AllowListInterceptor();

    private AllowListInterceptor() {
    }

    @Override
    public Object onMethodCall(Invoker invoker, Object receiver, String method, Object... args) throws Throwable {
        if (receiver instanceof Class<?> type) {
            checkStatic(type, method, "call " + type.getName() + "." + method + "()");
            Limits.checkStatic(type, method, args);
        } else {
            checkReceiver(receiver, method, false, "call " + typeOf(receiver) + "." + method + "()");
            if (method.equals("asType") && args.length == 1 && args[0] instanceof Class<?> target
                    && !AllowList.castTarget(target, receiver)) {
                throw refuse("convert a value to " + target.getName());
            }
            Limits.checkCall(receiver, method, args);
        }
        checkArguments(args);
        return super.onMethodCall(invoker, receiver, method, args);
    }

    @Override
    public Object onStaticCall(Invoker invoker, Class receiver, String method, Object... args) throws Throwable {
        checkStatic(receiver, method, "call " + receiver.getName() + "." + method + "()");
        Limits.checkStatic(receiver, method, args);
        checkArguments(args);
        return super.onStaticCall(invoker, receiver, method, args);
    }

    @Override
    public Object onNewInstance(Invoker invoker, Class receiver, Object... args) throws Throwable {
        if (!AllowList.constructible(receiver)) throw refuse("create a " + receiver.getName());
        Limits.checkNew(receiver, args);
        checkArguments(args);
        return super.onNewInstance(invoker, receiver, args);
    }

    @Override
    public Object onSuperCall(Invoker invoker, Class senderType, Object receiver, String method, Object... args)
            throws Throwable {
        checkReceiver(receiver, method, false, "call super." + method + "()");
        return super.onSuperCall(invoker, senderType, receiver, method, args);
    }

    @Override
    public void onSuperConstructor(Invoker invoker, Class receiver, Object... args) throws Throwable {
        throw refuse("declare a constructor calling " + receiver.getName());
    }

    @Override
    public Object onGetProperty(Invoker invoker, Object receiver, String property) throws Throwable {
        if (receiver instanceof Class<?> type) {
            checkStatic(type, property, "read " + type.getName() + "." + property);
        } else {
            checkReceiver(receiver, property, true, "read " + typeOf(receiver) + "." + property);
            if (!AllowList.property(receiver, property)) throw refuse("read " + typeOf(receiver) + "." + property);
        }
        return super.onGetProperty(invoker, receiver, property);
    }

    @Override
    public Object onSetProperty(Invoker invoker, Object receiver, String property, Object value) throws Throwable {
        if (receiver instanceof Class<?> type) throw refuse("write " + type.getName() + "." + property);
        checkReceiver(receiver, property, true, "write " + typeOf(receiver) + "." + property);
        if (!AllowList.property(receiver, property)) throw refuse("write " + typeOf(receiver) + "." + property);
        return super.onSetProperty(invoker, receiver, property, value);
    }

    @Override
    public Object onGetAttribute(Invoker invoker, Object receiver, String attribute) throws Throwable {
        if (receiver instanceof Class<?> type) throw refuse("read the field " + type.getName() + "." + attribute);
        checkReceiver(receiver, attribute, true, "read the field " + typeOf(receiver) + "." + attribute);
        if (!AllowList.fieldAccess(receiver)) throw refuse("read the field " + typeOf(receiver) + "." + attribute);
        return super.onGetAttribute(invoker, receiver, attribute);
    }

    @Override
    public Object onSetAttribute(Invoker invoker, Object receiver, String attribute, Object value) throws Throwable {
        if (receiver instanceof Class<?> type) throw refuse("write the field " + type.getName() + "." + attribute);
        checkReceiver(receiver, attribute, true, "write the field " + typeOf(receiver) + "." + attribute);
        if (!AllowList.fieldAccess(receiver)) throw refuse("write the field " + typeOf(receiver) + "." + attribute);
        return super.onSetAttribute(invoker, receiver, attribute, value);
    }

    @Override
    public Object onGetArray(Invoker invoker, Object receiver, Object index) throws Throwable {
        checkReceiver(receiver, index instanceof String name ? name : null, true, "read " + typeOf(receiver) + "[" + index + "]");
        return super.onGetArray(invoker, receiver, index);
    }

    @Override
    public Object onSetArray(Invoker invoker, Object receiver, Object index, Object value) throws Throwable {
        checkReceiver(receiver, index instanceof String name ? name : null, true, "write " + typeOf(receiver) + "[" + index + "]");
        return super.onSetArray(invoker, receiver, index, value);
    }

    private static void checkReceiver(Object receiver, String member, boolean property, String what) {
        if (member != null && AllowList.deniedMember(receiver, member, property)) throw refuse(what);
        if (receiver != null && !AllowList.receiver(receiver.getClass())) throw refuse(what);
    }

    private static void checkStatic(Class<?> type, String member, String what) {
        if (!AllowList.staticMember(type, member)) throw refuse(what);
    }

    /** Defence in depth: file and network handles never reach a method, whatever made them. */
    private static void checkArguments(Object[] args) {
        if (args == null) return;
        for (Object a : args) {
            if (a instanceof File || a instanceof Path || a instanceof URL || a instanceof URI) {
                throw refuse("pass a " + a.getClass().getName() + " to a method");
            }
        }
    }

    private static String typeOf(Object receiver) {
        return receiver == null ? "null" : receiver.getClass().getName();
    }

    private static SecurityException refuse(String what) {
        return new SecurityException("rules may not " + what);
    }
}
