package io.entwine.script.sandbox;

import groovy.transform.ThreadInterrupt;
import org.codehaus.groovy.ast.ASTNode;
import org.codehaus.groovy.ast.AnnotationNode;
import org.codehaus.groovy.ast.ClassCodeVisitorSupport;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.ImportNode;
import org.codehaus.groovy.ast.ModuleNode;
import org.codehaus.groovy.ast.Parameter;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.ASTTransformationCustomizer;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;
import org.codehaus.groovy.control.messages.SyntaxErrorMessage;
import org.codehaus.groovy.syntax.SyntaxException;
import org.kohsuke.groovy.sandbox.SandboxTransformer;

import java.util.List;
import java.util.Set;

/**
 * The one place that decides how rule scripts are compiled (STACK.md §3.1). Every rule goes through
 * {@link #configuration()}:
 * <ol>
 *   <li>every annotation is rejected at phase CONVERSION, before any AST transformation can run
 *       compile-time code ({@code @ASTTest}, {@code @Grab}, {@code @BaseScript} ...);</li>
 *   <li>imports are limited to {@link #ALLOWED_IMPORT_PACKAGES} and the vendor names scripts written for Exalate
 *       use ({@link VendorNames}, which the compiler resolves to Entwine's classes); a lint, the real barrier
 *       is the runtime sandbox, static checks are bypassed by dynamic code;</li>
 *   <li>Grape ({@code @Grab}) is disabled as a global transformation as well;</li>
 *   <li>groovy-sandbox's {@link SandboxTransformer} routes every call, property access, constructor,
 *       cast and array access through {@link AllowListInterceptor}, which the engine registers for each
 *       run;</li>
 *   <li>{@link ArraySizeLimit} bounds every array a rule creates ({@link Limits}; groovy-sandbox does not see
 *       array creation);</li>
 *   <li>{@link ThreadInterrupt} adds interruption checks to loops, closures and methods, so that the
 *       engine's watchdog can stop a run that exceeds its time budget (cheap, unlike TimedInterrupt).</li>
 * </ol>
 * A violation is a compile error carrying the line of the offending annotation or import.
 *
 * <p>Thread-safe: the returned configuration is new on each call; customizers hold no state.
 */
public final class CompilerSetup {

    /** Packages (and the classes in them) a rule may import. Extend here when the contract grows. */
    public static final List<String> ALLOWED_IMPORT_PACKAGES = List.of(
            "groovy.json",
            "java.util", "java.util.regex", "java.time", "java.time.format", "java.time.temporal",
            "java.text", "java.math",
            "io.entwine.api.replica", "io.entwine.api.errors", "io.entwine.script.actions", "io.entwine.script.compat");

    static final String GRAPE_TRANSFORMATION = "groovy.grape.GrabAnnotationTransformation";

    private CompilerSetup() {
    }

    /** A fresh compiler configuration with the whole pipeline. */
    public static CompilerConfiguration configuration() {
        CompilerConfiguration config = new CompilerConfiguration();
        config.setDisabledGlobalASTTransformations(Set.of(GRAPE_TRANSFORMATION));
        // order matters: both below run at CANONICALIZATION, and the interruption checks must be added
        // after the sandbox rewrote the script, or the sandbox would refuse them (Thread.currentThread())
        config.addCompilationCustomizers(
                new RejectAnnotationsAndForeignImports(),
                new SandboxTransformer(),
                new ArraySizeLimit(),
                new ASTTransformationCustomizer(ThreadInterrupt.class));
        return config;
    }

    /** Runs at CONVERSION: the earliest phase with an AST, and before ASTTest can run (SEMANTIC_ANALYSIS). */
    private static final class RejectAnnotationsAndForeignImports extends CompilationCustomizer {

        RejectAnnotationsAndForeignImports() {
            super(CompilePhase.CONVERSION);
        }

        @Override
        public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
            checkImports(source, classNode.getModule());
            new AnnotationFinder(source).visitClass(classNode);
        }

        private static void checkImports(SourceUnit source, ModuleNode module) {
            if (module == null) return;
            for (ImportNode i : module.getImports()) checkImport(source, i, packageOf(i.getClassName()), i.getClassName());
            for (ImportNode i : module.getStarImports()) checkImport(source, i, trimDot(i.getPackageName()), i.getPackageName() + "*");
            for (ImportNode i : module.getStaticImports().values()) checkImport(source, i, packageOf(i.getClassName()), i.getClassName());
            for (ImportNode i : module.getStaticStarImports().values()) checkImport(source, i, packageOf(i.getClassName()), i.getClassName());
        }

        private static void checkImport(SourceUnit source, ImportNode node, String pkg, String what) {
            if (VendorNames.target(what) != null || VendorNames.PACKAGES.contains(pkg) && what.endsWith("*")) return;
            if (VendorNames.isVendorName(what)) {
                report(source, node, "import of " + what + ": Entwine has no equivalent of this class (see SCRIPTING.md, "
                        + "compatibility with scripts written for Exalate)");
                return;
            }
            if (!ALLOWED_IMPORT_PACKAGES.contains(pkg)) {
                report(source, node, "import of " + what + " is not allowed in rules (allowed packages: "
                        + String.join(", ", ALLOWED_IMPORT_PACKAGES) + ")");
            }
        }

        private static String packageOf(String className) {
            int dot = className.lastIndexOf('.');
            return dot < 0 ? "" : className.substring(0, dot);
        }

        private static String trimDot(String packageName) {
            return packageName.endsWith(".") ? packageName.substring(0, packageName.length() - 1) : packageName;
        }
    }

    /** Visits every annotated node, including closure and lambda parameters, and reports each annotation. */
    private static final class AnnotationFinder extends ClassCodeVisitorSupport {
        private final SourceUnit source;

        AnnotationFinder(SourceUnit source) {
            this.source = source;
        }

        @Override
        protected SourceUnit getSourceUnit() {
            return source;
        }

        @Override
        protected void visitAnnotation(AnnotationNode annotation) {
            report(source, annotation, "annotations are not allowed in rules (@"
                    + annotation.getClassNode().getNameWithoutPackage() + ")");
        }

        @Override
        public void visitClosureExpression(ClosureExpression expression) {
            if (expression.getParameters() != null) {
                for (Parameter p : expression.getParameters()) visitAnnotations(p);
            }
            super.visitClosureExpression(expression);
        }
    }

    private static void report(SourceUnit source, ASTNode node, String message) {
        SyntaxException error = new SyntaxException(message, node.getLineNumber(), node.getColumnNumber(),
                node.getLastLineNumber(), node.getLastColumnNumber());
        source.getErrorCollector().addErrorAndContinue(new SyntaxErrorMessage(error, source));
    }
}
