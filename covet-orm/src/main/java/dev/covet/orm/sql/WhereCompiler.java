package dev.covet.orm.sql;

import dev.covet.orm.NotSupportedError;
import dev.covet.orm.query.Expression;
import dev.covet.orm.query.Lookup;
import dev.covet.orm.query.LookupType;
import dev.covet.orm.query.MatchNothing;
import dev.covet.orm.query.SubqueryExpression;
import dev.covet.orm.query.Value;
import dev.covet.orm.query.ValueList;
import dev.covet.orm.query.WhereItem;
import dev.covet.orm.query.WhereNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a WHERE (or HAVING) tree. Conditions known in advance come back as {@link #NOTHING}
 * (no row can match: an {@code in} over an empty list) or {@link #EVERYTHING} (no condition), and
 * fold away through AND, OR and NOT, as Django's EmptyResultSet does.
 */
final class WhereCompiler {
    /** No row matches. */
    static final Sql NOTHING = Sql.of("1 = 0");
    /** Every row matches. */
    static final Sql EVERYTHING = Sql.of("1 = 1");

    private WhereCompiler() {
    }

    static Sql compile(WhereItem item, CompileContext ctx) {
        return switch (item) {
            case MatchNothing m -> NOTHING;
            case Lookup l -> lookup(l, ctx);
            case WhereNode n -> node(n, ctx);
        };
    }

    private static Sql node(WhereNode n, CompileContext ctx) {
        List<Sql> parts = new ArrayList<>();
        boolean decided = false;
        Sql decision = null;
        for (WhereItem child : n.children()) {
            Sql s = compile(child, ctx);
            if (s == NOTHING) {
                if (!n.or()) {
                    decided = true;
                    decision = NOTHING;
                    break;
                }
                continue;
            }
            if (s == EVERYTHING) {
                if (n.or()) {
                    decided = true;
                    decision = EVERYTHING;
                    break;
                }
                continue;
            }
            parts.add(s);
        }
        Sql result;
        if (decided) {
            result = decision;
        } else if (parts.isEmpty()) {
            result = n.or() && !n.children().isEmpty() ? NOTHING : EVERYTHING;
        } else if (parts.size() == 1) {
            result = parts.getFirst();
        } else {
            result = Sql.join(n.or() ? " OR " : " AND ", parts).wrap("(", ")");
        }
        if (!n.negated()) {
            return result;
        }
        if (result == NOTHING) {
            return EVERYTHING;
        }
        if (result == EVERYTHING) {
            return NOTHING;
        }
        return result.wrap("NOT (", ")");
    }

    private static Sql lookup(Lookup l, CompileContext ctx) {
        Dialect d = ctx.dialect;
        Sql lhs = ExpressionCompiler.compile(l.lhs(), ctx);
        LookupType type = l.type();
        if (type == LookupType.ISNULL) {
            boolean isNull = Boolean.TRUE.equals(((Value) l.rhs()).value());
            return lhs.append(isNull ? " IS NULL" : " IS NOT NULL");
        }
        if (type == LookupType.IN && l.rhs() instanceof SubqueryExpression s && s.query().isSliced()
                && !d.allowsSlicedSubqueriesWithIn()) {
            throw new NotSupportedError(d.name() + " does not support a sliced QuerySet under 'in' (LIMIT in an IN "
                    + "subquery); read the slice's values into a list first and pass the list");
        }
        Sql rhs = ExpressionCompiler.compile(l.rhs(), ctx);
        return switch (type) {
            case EXACT -> lhs.append(" = ").append(rhs);
            case IEXACT -> upper(d, lhs).append(" = ").append(upper(d, rhs));
            case GT -> lhs.append(" > ").append(rhs);
            case GTE -> lhs.append(" >= ").append(rhs);
            case LT -> lhs.append(" < ").append(rhs);
            case LTE -> lhs.append(" <= ").append(rhs);
            case IN -> lhs.append(" IN ").append(rhs);
            case RANGE -> {
                List<Expression> bounds = ((ValueList) l.rhs()).items();
                yield lhs.append(" BETWEEN ").append(ExpressionCompiler.compile(bounds.get(0), ctx))
                        .append(" AND ").append(ExpressionCompiler.compile(bounds.get(1), ctx));
            }
            case CONTAINS, STARTSWITH, ENDSWITH -> lhs.append(" LIKE ").append(pattern(type, l.rhs(), rhs, d)).append(escape());
            case ICONTAINS, ISTARTSWITH, IENDSWITH -> upper(d, lhs).append(" LIKE ").append(upper(d, pattern(type, l.rhs(), rhs, d))).append(escape());
            case REGEX, IREGEX -> {
                String text = d.regex(lhs.text(), rhs.text(), type == LookupType.IREGEX);
                List<Value> params = new ArrayList<>(lhs.params());
                params.addAll(rhs.params());
                yield new Sql(text, params);
            }
            case ISNULL -> throw new IllegalStateException("handled above");
        };
    }

    /** A constant pattern was escaped and wrapped when the filter was built; an expression is wrapped here. */
    private static Sql pattern(LookupType type, Expression rhsNode, Sql rhs, Dialect d) {
        if (rhsNode instanceof Value v) {
            d.checkPattern(type, v.value());
            return rhs;
        }
        String escaped = "REPLACE(REPLACE(REPLACE(" + rhs.text() + ", '!', '!!'), '%', '!%'), '_', '!_')";
        List<String> parts = switch (type) {
            case CONTAINS, ICONTAINS -> List.of("'%'", escaped, "'%'");
            case STARTSWITH, ISTARTSWITH -> List.of(escaped, "'%'");
            default -> List.of("'%'", escaped);
        };
        return new Sql(d.concat(parts), rhs.params());
    }

    private static String escape() {
        return " ESCAPE '!'";
    }

    private static Sql upper(Dialect d, Sql sql) {
        return new Sql(d.upper(sql.text()), sql.params());
    }
}
