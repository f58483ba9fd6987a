package dev.covet.orm.sql;

import dev.covet.orm.exception.NotSupportedError;
import dev.covet.orm.query.Expression;
import dev.covet.orm.query.SubqueryExpression;
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
        Renderers.registerLookup("in", (l, c) -> {
            if (l.rhs() instanceof SubqueryExpression s && s.query().isSliced() && !c.dialect().allowsSlicedSubqueriesWithIn()) {
                throw new NotSupportedError(c.dialect().name() + " does not support a sliced QuerySet under 'in' (LIMIT in an IN "
                        + "subquery); read the slice's values into a list first and pass the list");
            }
            return c.compile(l.lhs()).append(" IN ").append(c.compile(l.rhs()));
        });
        // upper case, as Django compares: lower case misses the Greek final sigma and its like
        Renderers.registerLookup("iexact", (l, c) ->
                upper(c, c.compile(l.lhs())).append(" = ").append(upper(c, c.compile(l.rhs()))));
        Renderers.registerLookup("range", (l, c) -> {
            List<Expression> bounds = ((ValueList) l.rhs()).items();
            return c.compile(l.lhs()).append(" BETWEEN ").append(c.compile(bounds.get(0)))
                    .append(" AND ").append(c.compile(bounds.get(1)));
        });
        for (String name : List.of("contains", "startswith", "endswith")) {
            Renderers.registerLookup(name, (l, c) ->
                    c.compile(l.lhs()).append(" LIKE ").append(pattern(l, c)).append(ESCAPE));
            Renderers.registerLookup("i" + name, (l, c) ->
                    upper(c, c.compile(l.lhs())).append(" LIKE ").append(upper(c, pattern(l, c))).append(ESCAPE));
        }
        for (String name : List.of("regex", "iregex")) {
            Renderers.registerLookup(name, (l, c) -> {
                if (l.rhs() instanceof Value v && v.value() instanceof String pattern) {
                    c.dialect().checkRegex(pattern);
                }
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
        if (l.rhs() instanceof Value v) {
            c.dialect().checkPattern(l.type(), v.value());
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

    private static Sql upper(Compiler c, Sql sql) {
        return new Sql(c.dialect().upper(sql.text()), sql.params());
    }
}
