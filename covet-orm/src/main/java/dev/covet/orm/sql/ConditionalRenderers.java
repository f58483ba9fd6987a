package dev.covet.orm.sql;

import dev.covet.orm.query.Aggregate;
import dev.covet.orm.query.Case;
import dev.covet.orm.query.Expression;
import dev.covet.orm.query.ResolvedCondition;
import dev.covet.orm.query.Star;
import dev.covet.orm.query.Value;
import dev.covet.orm.query.When;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of CASE / WHEN, of conditions used as values, and of aggregates with a filter: by default
 * a CASE inside the aggregate; {@link #FILTER_CLAUSE} is the standard {@code FILTER (WHERE ...)} that
 * dialects supporting it install.
 */
public final class ConditionalRenderers {
    /** {@code COUNT(x) FILTER (WHERE cond)}. */
    public static final ExpressionRenderer<Aggregate> FILTER_CLAUSE = (a, c) -> {
        Sql plain = plain(a, a.source(), c);
        return a.filter() == null ? plain : plain.append(" FILTER (WHERE ").append(c.compile(a.filter())).append(")");
    };

    private ConditionalRenderers() {
    }

    static void registerAll() {
        Renderers.register(ResolvedCondition.class, (r, c) -> c.compile(r.where()));
        Renderers.register(When.class, (w, c) ->
                c.compile(w.condition()).wrap("WHEN ", " THEN ").append(branch(w.then(), c)));
        Renderers.register(Case.class, (k, c) -> {
            List<Sql> parts = new ArrayList<>();
            for (When w : k.whens()) {
                parts.add(c.compile(w));
            }
            Sql sql = Sql.join(" ", parts).wrap("CASE ", "");
            if (k.otherwise() != null) {
                sql = sql.append(" ELSE ").append(branch(k.otherwise(), c));
            }
            return sql.append(" END");
        });
        // COUNT(CASE WHEN cond THEN x END): rows where the filter fails give NULL, which no aggregate counts
        Renderers.register(Aggregate.class, (a, c) -> {
            if (a.filter() == null) {
                return plain(a, a.source(), c);
            }
            Expression kept = a.source() == Star.INSTANCE ? Value.of(1) : a.source();
            return plain(a, new Case(List.of(new When(a.filter(), kept)), null, null), c);
        });
    }

    private static Sql plain(Aggregate a, Expression source, Compiler c) {
        return c.compile(source).wrap(a.function().name() + "(" + (a.distinct() ? "DISTINCT " : ""), ")");
    }

    /** A constant branch carries its type where the database would otherwise guess text. */
    private static Sql branch(Expression e, Compiler c) {
        if (e instanceof Value v) {
            return Sql.of(c.dialect().typedParameter(v.storage()), v);
        }
        return c.compile(e);
    }
}
