package dev.covet.orm.sql;

import dev.covet.orm.query.PathRef;
import dev.covet.orm.query.Expression;

/** The one entry point that turns an expression into SQL: each node's registered renderer ({@link Renderers}). */
final class ExpressionCompiler {
    private ExpressionCompiler() {
    }

    static Sql compile(Expression e, CompileContext ctx) {
        if (e instanceof PathRef f) {
            throw new IllegalStateException("Unresolved " + f + " reached the compiler");
        }
        return Renderers.compile(e, ctx);
    }
}
