package dev.covet.orm.sql;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.query.Exists;
import dev.covet.orm.query.OuterCol;
import dev.covet.orm.query.OuterRef;
import dev.covet.orm.query.Subquery;

/** The SQL of subqueries, {@code EXISTS} and references from a subquery into its outer query. */
final class SubqueryRenderers {
    private SubqueryRenderers() {
    }

    static void registerAll() {
        Renderers.register(Subquery.class, (s, c) -> c.subquery(s.query()).wrap("(", ")"));
        Renderers.register(Exists.class, (e, c) -> c.subquery(e.query()).wrap(e.negated() ? "NOT EXISTS(" : "EXISTS(", ")"));
        Renderers.register(OuterCol.class, (o, c) -> c.enclosing(o.levels()).compile(o.expression()));
        Renderers.register(OuterRef.class, (o, c) -> {
            throw new FieldError(o + " is not inside a subquery of a query that has '" + o.path()
                    + "': use it inside Subquery.of(...) or Exists.of(...) that a query filters or annotates with");
        });
    }
}
