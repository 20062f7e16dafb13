package io.entwine.script.internal;

import groovy.lang.GroovyInterceptable;
import groovy.lang.GroovyObject;
import groovy.lang.MetaClass;
import groovy.lang.MetaProperty;
import groovy.lang.MissingPropertyException;
import io.entwine.api.replica.HubCustomField;
import io.entwine.api.replica.HubIssue;
import org.codehaus.groovy.runtime.InvokerHelper;

import java.util.HashSet;
import java.util.Set;

/**
 * The local entity as a script sees it ({@code issue}). Standard fields, method calls and writes go to the
 * wrapped {@link HubIssue}; a property that is not a standard field resolves to the tracker's raw field of
 * that name (an extra the connector read) or to the value of the custom field of that name, and otherwise
 * is an error, so that a typo such as {@code issue.sumary} fails with its line instead of reading null.
 * Writing an unknown property keeps it as an extra (a raw field for the connector).
 *
 * <p>Helpers accept either form: {@link #unwrap(Object)} gives the HubIssue back. Not thread-safe, like the
 * issue it wraps.
 */
public final class LocalEntity implements GroovyObject, GroovyInterceptable {
    private static final Set<String> STANDARD_PROPERTIES = standardProperties();

    private final HubIssue target;
    private MetaClass metaClass;

    public LocalEntity(HubIssue target) {
        this.target = target;
    }

    /** The HubIssue behind a script value that may be a LocalEntity or a HubIssue; other values as they are. */
    public static Object unwrap(Object value) {
        return value instanceof LocalEntity e ? e.target : value;
    }

    /** The wrapped issue. */
    public HubIssue target() {
        return target;
    }

    @Override
    public Object getProperty(String name) {
        if (STANDARD_PROPERTIES.contains(name)) return InvokerHelper.getProperty(target, name);
        if (target.extras().containsKey(name)) return target.extras().get(name);
        HubCustomField field = target.getCustomFields().get(name);
        if (field != null) return field.getValue();
        throw new MissingPropertyException("no such property '" + name + "' on the local issue (not a standard field, "
                + "a raw field or a custom field of this entity)", name, HubIssue.class);
    }

    @Override
    public void setProperty(String name, Object value) {
        if (STANDARD_PROPERTIES.contains(name)) InvokerHelper.setProperty(target, name, value);
        else target.set(name, value);
    }

    @Override
    public Object invokeMethod(String name, Object args) {
        return InvokerHelper.invokeMethod(target, name, args);
    }

    @Override
    public MetaClass getMetaClass() {
        if (metaClass == null) metaClass = InvokerHelper.getMetaClass(getClass());
        return metaClass;
    }

    @Override
    public void setMetaClass(MetaClass metaClass) {
        throw new UnsupportedOperationException("rules cannot replace the meta class of the local issue");
    }

    @Override
    public boolean equals(Object o) {
        return target.equals(unwrap(o));
    }

    @Override
    public int hashCode() {
        return target.hashCode();
    }

    @Override
    public String toString() {
        return target.toString();
    }

    private static Set<String> standardProperties() {
        Set<String> names = new HashSet<>();
        for (MetaProperty p : InvokerHelper.getMetaClass(HubIssue.class).getProperties()) names.add(p.getName());
        return Set.copyOf(names);
    }
}
