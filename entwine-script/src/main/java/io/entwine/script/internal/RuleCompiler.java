package io.entwine.script.internal;

import groovy.lang.GroovyClassLoader;
import groovy.lang.GroovyCodeSource;
import groovy.lang.Script;
import java.security.CodeSource;
import io.entwine.script.sandbox.VendorNameResolver;
import io.entwine.script.errors.RuleCompileException;
import io.entwine.script.sandbox.CompilerSetup;
import org.codehaus.groovy.control.CompilationFailedException;
import org.codehaus.groovy.control.CompilationUnit;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.control.MultipleCompilationErrorsException;
import org.codehaus.groovy.control.messages.ExceptionMessage;
import org.codehaus.groovy.control.messages.Message;
import org.codehaus.groovy.control.messages.SyntaxErrorMessage;
import org.codehaus.groovy.syntax.SyntaxException;

/**
 * Compiles one script text into a {@link RuleClass}, in a class loader of its own so that it can be
 * unloaded alone. Thread-safe (a new loader per compile).
 */
final class RuleCompiler {
    /** Where compiled rules claim to come from; no file is ever read from it. */
    private static final String CODE_BASE = "/entwine/rules";

    private final ClassLoader parent;
    private final CompilerConfiguration configuration;

    RuleCompiler(ClassLoader parent) {
        this.parent = parent;
        this.configuration = CompilerSetup.configuration();
    }

    /** Throws {@link RuleCompileException} naming {@code scriptName} and the first error's line. */
    @SuppressWarnings("unchecked")
    RuleClass compile(String scriptName, String source, String sourceHash) {
        String className = "Rule_" + sourceHash.substring(0, 16);
        GroovyClassLoader loader = new RuleLoader(parent, configuration);
        try {
            Class<?> type = loader.parseClass(new GroovyCodeSource(source, className + ".groovy", CODE_BASE), false);
            if (!Script.class.isAssignableFrom(type)) {
                throw new RuleCompileException(scriptName, null, "a rule must be a script, not a class declaration", null);
            }
            return new RuleClass((Class<? extends Script>) type, loader, sourceHash);
        } catch (MultipleCompilationErrorsException e) {
            closeQuietly(loader);
            throw firstError(scriptName, e);
        } catch (CompilationFailedException e) {
            closeQuietly(loader);
            throw new RuleCompileException(scriptName, null, e.getMessage(), e);
        } catch (RuntimeException | LinkageError e) {
            closeQuietly(loader);
            if (e instanceof RuleCompileException r) throw r;
            throw new RuleCompileException(scriptName, null, "compiler failed: " + e, e);
        }
    }

    private static RuleCompileException firstError(String scriptName, MultipleCompilationErrorsException e) {
        Message first = e.getErrorCollector().getErrorCount() == 0 ? null : e.getErrorCollector().getError(0);
        SyntaxException syntax = null;
        if (first instanceof SyntaxErrorMessage s) syntax = s.getCause();
        else if (first instanceof ExceptionMessage m && m.getCause() instanceof SyntaxException s) syntax = s;
        if (syntax != null) {
            Integer line = syntax.getLine() > 0 ? syntax.getLine() : null;
            return new RuleCompileException(scriptName, line, syntax.getOriginalMessage(), e);
        }
        if (first instanceof ExceptionMessage m && m.getCause() != null) {
            return new RuleCompileException(scriptName, null, String.valueOf(m.getCause().getMessage()), e);
        }
        return new RuleCompileException(scriptName, null, e.getMessage(), e);
    }

    /** A loader whose compilations resolve the vendor class names scripts written for Exalate use. */
    private static final class RuleLoader extends GroovyClassLoader {
        RuleLoader(ClassLoader parent, CompilerConfiguration configuration) {
            super(parent, configuration);
        }

        @Override
        protected CompilationUnit createCompilationUnit(CompilerConfiguration config, CodeSource source) {
            CompilationUnit unit = super.createCompilationUnit(config, source);
            unit.setClassNodeResolver(new VendorNameResolver());
            return unit;
        }
    }

    private static void closeQuietly(GroovyClassLoader loader) {
        try {
            loader.close();
        } catch (java.io.IOException ignored) {
            // nothing was loaded from a URL
        }
    }
}
