package dev.covet.orm.sql;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.query.Expression;
import dev.covet.orm.query.Frame;
import dev.covet.orm.query.OrderBy;
import dev.covet.orm.query.Value;
import dev.covet.orm.query.Window;
import dev.covet.orm.query.WindowFunc;

import java.util.ArrayList;
import java.util.List;

/** The SQL of window functions: {@code fn(args) OVER (PARTITION BY ... ORDER BY ... frame)}. */
final class WindowRenderers {
    private WindowRenderers() {
    }

    static void registerAll() {
        Renderers.register(WindowFunc.class, (f, c) -> {
            throw new FieldError(f.name() + "() is a window function: use it inside Window.of(...)");
        });
        Renderers.register(WindowQualify.Derived.class, (col, c) ->
                Sql.of(c.dialect().quote(WindowQualify.Derived.TABLE) + "." + c.dialect().quote(col.column())));
        Renderers.register(Window.class, (w, c) -> {
            Sql fn = w.function() instanceof WindowFunc f ? call(f, c) : c.compile(w.function());
            List<Sql> over = new ArrayList<>();
            if (!w.partitionBy().isEmpty()) {
                List<Sql> parts = new ArrayList<>();
                for (Expression p : w.partitionBy()) {
                    parts.add(c.compile(p));
                }
                over.add(Sql.join(", ", parts).wrap("PARTITION BY ", ""));
            }
            if (!w.orderBy().isEmpty()) {
                List<Sql> terms = new ArrayList<>();
                for (OrderBy o : w.orderBy()) {
                    terms.addAll(SelectCompiler.orderTerms(c.compile(o.expression()), o, c.dialect()));
                }
                over.add(Sql.join(", ", terms).wrap("ORDER BY ", ""));
            }
            if (w.frame() != null) {
                Frame f = w.frame();
                over.add(Sql.of(f.unit().name() + " BETWEEN " + bound(f.start(), true) + " AND " + bound(f.end(), false)));
            }
            return fn.append(Sql.join(" ", over).wrap(" OVER (", ")"));
        });
    }

    private static Sql call(WindowFunc f, Compiler c) {
        List<Sql> args = new ArrayList<>();
        for (Expression a : f.args()) {
            // MariaDB takes the offset of LAG / LEAD and the count of NTILE / NTH_VALUE only as a constant;
            // they are Java ints, checked when the function was made, so they are written as numbers
            if (a instanceof Value v && v.value() instanceof Integer n) {
                args.add(Sql.of(Integer.toString(n)));
            } else {
                args.add(c.compile(a));
            }
        }
        return Sql.join(", ", args).wrap(f.name() + "(", ")");
    }

    /** A frame bound: a computed number of rows, never caller text. */
    private static String bound(Integer n, boolean start) {
        if (n == null) {
            return start ? "UNBOUNDED PRECEDING" : "UNBOUNDED FOLLOWING";
        }
        if (n == 0) {
            return "CURRENT ROW";
        }
        return n < 0 ? -n + " PRECEDING" : n + " FOLLOWING";
    }
}
