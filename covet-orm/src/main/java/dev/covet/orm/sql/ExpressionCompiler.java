package dev.covet.orm.sql;

import dev.covet.orm.F;
import dev.covet.orm.FieldError;
import dev.covet.orm.query.Aggregate;
import dev.covet.orm.query.Col;
import dev.covet.orm.query.Combined;
import dev.covet.orm.query.Expression;
import dev.covet.orm.query.Star;
import dev.covet.orm.query.SubqueryExpression;
import dev.covet.orm.query.Transform;
import dev.covet.orm.query.Value;
import dev.covet.orm.query.ValueList;

import java.util.ArrayList;
import java.util.List;

/** Renders expressions: columns, parameters, arithmetic, aggregates, transforms and subqueries. */
final class ExpressionCompiler {
    private ExpressionCompiler() {
    }

    static Sql compile(Expression e, CompileContext ctx) {
        return switch (e) {
            case Col c -> Sql.of(ctx.column(c.table(), c.column()));
            case Value v -> Sql.of("?", v);
            case Combined c -> compile(c.lhs(), ctx).append(" " + c.op().symbol() + " ").append(compile(c.rhs(), ctx)).wrap("(", ")");
            case Aggregate a -> aggregate(a, ctx);
            case Transform t -> {
                Sql inner = compile(t.source(), ctx);
                yield new Sql(ctx.dialect.extract(t.kind(), inner.text()), inner.params());
            }
            case Star s -> Sql.of("*");
            case SubqueryExpression s -> SelectCompiler.compileSubquery(s.query(), ctx).wrap("(", ")");
            case ValueList v -> {
                List<Sql> items = new ArrayList<>();
                for (Expression item : v.items()) {
                    items.add(compile(item, ctx));
                }
                yield Sql.join(", ", items).wrap("(", ")");
            }
            case F f -> throw new IllegalStateException("Unresolved " + f + " reached the compiler");
            default -> throw new FieldError("Covet cannot compile the expression " + e);
        };
    }

    private static Sql aggregate(Aggregate a, CompileContext ctx) {
        Sql source = compile(a.source(), ctx);
        String fn = a.function().name();
        return source.wrap(fn + "(" + (a.distinct() ? "DISTINCT " : ""), ")");
    }
}
