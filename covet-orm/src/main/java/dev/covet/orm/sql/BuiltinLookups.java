package dev.covet.orm.sql;

import dev.covet.orm.query.Expression;
import dev.covet.orm.query.Lookup;
import dev.covet.orm.query.LookupType;
import dev.covet.orm.query.Value;
import dev.covet.orm.query.ValueList;

import java.util.ArrayList;
import java.util.List;

/** The SQL of Covet's built-in lookups ({@code exact}, {@code icontains}, {@code range}, ...). */
final class BuiltinLookups {
    private BuiltinLookups() {
    }

    static void registerAll() {
        Renderers.registerLookup("isnull", (l, c) -> {
            boolean isNull = Boolean.TRUE.equals(((Value) l.rhs()).value());
            return c.compile(l.lhs()).append(isNull ? " IS NULL" : " IS NOT NULL");
        });
        binary("exact", " = ");
        binary("gt", " > ");
        binary("gte", " >= ");
        binary("lt", " < ");
        binary("lte", " <= ");
        binary("in", " IN ");
        Renderers.registerLookup("iexact", (l, c) ->
                lower(c, c.compile(l.lhs())).append(" = ").append(lower(c, c.compile(l.rhs()))));
        Renderers.registerLookup("range", (l, c) -> {
            List<Expression> bounds = ((ValueList) l.rhs()).items();
            return c.compile(l.lhs()).append(" BETWEEN ").append(c.compile(bounds.get(0)))
                    .append(" AND ").append(c.compile(bounds.get(1)));
        });
        for (String name : List.of("contains", "startswith", "endswith")) {
            Renderers.registerLookup(name, (l, c) ->
                    c.compile(l.lhs()).append(" LIKE ").append(pattern(l, c)).append(ESCAPE));
            Renderers.registerLookup("i" + name, (l, c) ->
                    lower(c, c.compile(l.lhs())).append(" LIKE ").append(lower(c, pattern(l, c))).append(ESCAPE));
        }
        for (String name : List.of("regex", "iregex")) {
            Renderers.registerLookup(name, (l, c) -> {
                Sql lhs = c.compile(l.lhs());
                Sql rhs = c.compile(l.rhs());
                String text = c.dialect().regex(lhs.text(), rhs.text(), l.type() == LookupType.IREGEX);
                List<Value> params = new ArrayList<>(lhs.params());
                params.addAll(rhs.params());
                return new Sql(text, params);
            });
        }
    }

    /** LIKE patterns escape with '!', the same on every database (a backslash means different things in each). */
    private static final String ESCAPE = " ESCAPE '!'";

    private static void binary(String name, String operator) {
        Renderers.registerLookup(name, (l, c) -> c.compile(l.lhs()).append(operator).append(c.compile(l.rhs())));
    }

    /** A constant pattern was escaped and wrapped when the filter was built; an expression is wrapped here. */
    private static Sql pattern(Lookup l, Compiler c) {
        Sql rhs = c.compile(l.rhs());
        if (l.rhs() instanceof Value) {
            return rhs;
        }
        String escaped = "REPLACE(REPLACE(REPLACE(" + rhs.text() + ", '!', '!!'), '%', '!%'), '_', '!_')";
        List<String> parts = switch (l.type().operand()) {
            case CONTAINS_PATTERN -> List.of("'%'", escaped, "'%'");
            case PREFIX_PATTERN -> List.of(escaped, "'%'");
            default -> List.of("'%'", escaped);
        };
        return new Sql(c.dialect().concat(parts), rhs.params());
    }

    private static Sql lower(Compiler c, Sql sql) {
        return new Sql(c.dialect().lower(sql.text()), sql.params());
    }
}
