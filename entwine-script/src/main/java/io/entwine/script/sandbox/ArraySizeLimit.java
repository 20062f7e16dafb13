package io.entwine.script.sandbox;

import org.codehaus.groovy.ast.ClassHelper;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.expr.ArgumentListExpression;
import org.codehaus.groovy.ast.expr.ArrayExpression;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.StaticMethodCallExpression;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;
import org.codehaus.groovy.ast.ClassCodeExpressionTransformer;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps every array dimension of a rule ({@code new byte[n]}) in {@link Limits#arraySize}, so that a rule cannot
 * allocate a huge array (groovy-sandbox does not intercept array creation). Runs after the sandbox rewrite, so the
 * inserted call is not itself checked against the allow-list. Stateless.
 */
final class ArraySizeLimit extends CompilationCustomizer {
    private static final ClassNode LIMITS = ClassHelper.make(Limits.class);

    ArraySizeLimit() {
        super(CompilePhase.CANONICALIZATION);
    }

    @Override
    public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
        Transformer transformer = new Transformer(source);
        transformer.visitClass(classNode);
    }

    private static final class Transformer extends ClassCodeExpressionTransformer {
        private final SourceUnit source;

        Transformer(SourceUnit source) {
            this.source = source;
        }

        @Override
        protected SourceUnit getSourceUnit() {
            return source;
        }

        @Override
        public Expression transform(Expression expression) {
            if (expression instanceof ClosureExpression closure) {
                if (closure.getCode() != null) closure.getCode().visit(this);
                return closure;
            }
            Expression transformed = super.transform(expression);
            if (transformed instanceof ArrayExpression array && array.getSizeExpression() != null) {
                List<Expression> sizes = new ArrayList<>();
                for (Expression size : array.getSizeExpression()) {
                    StaticMethodCallExpression checked = new StaticMethodCallExpression(LIMITS, "arraySize", new ArgumentListExpression(size));
                    checked.setSourcePosition(size);
                    sizes.add(checked);
                }
                ArrayExpression limited = new ArrayExpression(array.getElementType(), null, sizes);
                limited.setSourcePosition(array);
                return limited;
            }
            return transformed;
        }
    }
}
