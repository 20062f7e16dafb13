package io.entwine.script.sandbox;

import org.codehaus.groovy.ast.ClassHelper;
import org.codehaus.groovy.control.ClassNodeResolver;
import org.codehaus.groovy.control.CompilationUnit;

/**
 * Resolves the vendor names of {@link VendorNames} to Entwine's classes while a rule compiles. Groovy asks the
 * class node resolver for every candidate name of every class reference (imports, {@code new com.exalate...},
 * {@code instanceof}, declared types, the class part of {@code com.exalate...TraceType.COMMENT}), so mapping here
 * covers every way a script can name the class. Other names resolve as usual; an unmapped vendor name stays
 * unresolved and fails the compile with Groovy's "unable to resolve class" and its line.
 *
 * <p>One per compilation unit (the base class caches); not thread-safe.
 */
public final class VendorNameResolver extends ClassNodeResolver {

    @Override
    public LookupResult resolveName(String name, CompilationUnit compilationUnit) {
        Class<?> target = VendorNames.target(name);
        if (target != null) return new LookupResult(null, ClassHelper.make(target));
        if (VendorNames.isVendorName(name)) return null;
        return super.resolveName(name, compilationUnit);
    }
}
