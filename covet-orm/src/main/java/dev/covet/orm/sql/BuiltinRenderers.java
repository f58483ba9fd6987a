package dev.covet.orm.sql;

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

/** The renderers of Covet's core nodes: columns, parameters, arithmetic, aggregates, date parts, subqueries. */
final class BuiltinRenderers {
    private BuiltinRenderers() {
    }

    static void registerAll() {
        Renderers.register(Col.class, (c, x) -> Sql.of(x.column(c.table(), c.column())));
        Renderers.register(Value.class, (v, x) -> Sql.of("?", v));
        Renderers.register(Combined.class, (c, x) ->
                x.compile(c.lhs()).append(" " + c.op().symbol() + " ").append(x.compile(c.rhs())).wrap("(", ")"));
        Renderers.register(Transform.class, (t, x) -> {
            Sql inner = x.compile(t.source());
            return new Sql(x.dialect().dates().extract(t.kind(), inner.text()), inner.params());
        });
        Renderers.register(Star.class, (s, x) -> Sql.of("*"));
        Renderers.register(SubqueryExpression.class, (s, x) -> x.subquery(s.query()).wrap("(", ")"));
        Renderers.register(ValueList.class, (v, x) -> {
            List<Sql> items = new ArrayList<>();
            for (Expression item : v.items()) {
                items.add(x.compile(item));
            }
            return Sql.join(", ", items).wrap("(", ")");
        });
    }
}
