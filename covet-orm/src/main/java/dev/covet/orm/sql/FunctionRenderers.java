package dev.covet.orm.sql;

import dev.covet.orm.query.Expression;
import dev.covet.orm.query.ExpressionWrapper;
import dev.covet.orm.query.Func;
import dev.covet.orm.query.Value;
import dev.covet.orm.query.functions.Cast;
import dev.covet.orm.query.functions.Concat;
import dev.covet.orm.query.functions.Now;
import dev.covet.orm.query.functions.Round;
import dev.covet.orm.query.functions.Trunc;
import dev.covet.orm.field.FieldKind.Storage;

import java.util.ArrayList;
import java.util.List;

/** The SQL of function calls, casts, NULL-safe concatenation and type wrappers. */
final class FunctionRenderers {
    private FunctionRenderers() {
    }

    static void registerAll() {
        Renderers.register(Func.class, (f, c) -> {
            List<Sql> args = new ArrayList<>(f.args().size());
            for (Expression a : f.args()) {
                args.add(argument(a, c));
            }
            return Sql.join(", ", args).wrap(c.dialect().function(f.name()) + "(", ")");
        });
        Renderers.register(Cast.class, (k, c) ->
                argument(k.source(), c).wrap("CAST(", " AS " + c.dialect().castType(k.storage()) + ")"));
        Renderers.register(Trunc.class, (t, c) ->
                c.dialect().dates().truncate(t.kind(), t.sourceStorage() == Storage.DATE, c.compile(t.source())));
        Renderers.register(Round.Places.class, (r, c) -> c.compile(r.source()).wrap("ROUND(", ", " + r.places() + ")"));
        Renderers.register(Now.class, (n, c) -> Sql.of(c.dialect().dates().now()));
        Renderers.register(ExpressionWrapper.class, (w, c) -> c.compile(w.expression()));
        Renderers.register(Concat.class, (k, c) -> {
            // Django's Concat reads a NULL part as empty text; CONCAT and || would make the whole NULL
            List<String> texts = new ArrayList<>();
            List<Value> params = new ArrayList<>();
            for (Expression p : k.parts()) {
                Sql part = argument(p, c);
                texts.add("COALESCE(" + part.text() + ", '')");
                params.addAll(part.params());
            }
            return new Sql(c.dialect().concat(texts), params);
        });
    }

    /** A constant argument carries its type where the database would otherwise guess text. */
    static Sql argument(Expression e, Compiler c) {
        if (e instanceof Value v) {
            return Sql.of(c.dialect().typedParameter(v.storage()), v);
        }
        return c.compile(e);
    }
}
