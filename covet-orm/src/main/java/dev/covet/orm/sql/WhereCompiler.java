package dev.covet.orm.sql;

import dev.covet.orm.query.Condition;
import dev.covet.orm.query.Lookup;
import dev.covet.orm.query.MatchNothing;
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
            case Condition c -> ExpressionCompiler.compile(c.expression(), ctx);
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
        return Renderers.compile(l, ctx);
    }
}
