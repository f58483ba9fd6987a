package dev.covet.orm.sql;

import dev.covet.orm.exception.NotSupportedError;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.query.Col;
import dev.covet.orm.query.Combination;
import dev.covet.orm.query.Expression;
import dev.covet.orm.query.OrderBy;
import dev.covet.orm.query.Query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code SELECT ... UNION [ALL] | INTERSECT | EXCEPT SELECT ...}, ordered by column position and sliced
 * as a whole. The parts carry no ORDER BY or LIMIT (SQLite refuses them inside a compound SELECT).
 */
final class CombinationCompiler {
    private CombinationCompiler() {
    }

    static CompiledSelect compile(Query q, Dialect d, int level, CompileContext parent) {
        Combination c = q.combination();
        if (level != 0 || parent != null) {
            throw new NotSupportedError("A union, intersection or difference cannot be nested in another query");
        }
        String operator = " " + c.kind().name() + (c.all() ? " ALL " : " ");
        List<Sql> parts = new ArrayList<>();
        CompiledSelect first = null;
        boolean empty = true;
        for (Query part : c.parts()) {
            CompiledSelect compiled = SelectCompiler.compile(part, d);
            if (first == null) {
                first = compiled;
            }
            empty &= compiled.empty();
            parts.add(compiled.sql());
        }
        Sql sql = Sql.join(operator, parts);
        List<String> order = new ArrayList<>();
        for (OrderBy o : q.effectiveOrdering()) {
            if (o.isRandom() || o.nulls() != null) {
                throw new NotSupportedError("A combined QuerySet is ordered by its columns only, without random order or NULL placement");
            }
            order.add(position(o.expression(), q) + (o.descending() ? " DESC" : " ASC"));
        }
        if (!order.isEmpty()) {
            sql = sql.append(" ORDER BY " + String.join(", ", order));
        }
        sql = sql.append(d.limitOffset(q.limit(), q.offset()));
        boolean none = c.kind() == Combination.Kind.UNION ? empty : first.empty();
        return new CompiledSelect(sql, first.shape(), none || (q.limit() != null && q.limit() == 0));
    }

    /** The 1-based position of {@code e} among the first part's columns. */
    private static int position(Expression e, Query q) {
        Query first = q.combination().parts().getFirst();
        Map<String, Expression> values = first.values();
        int i = 1;
        if (values != null) {
            for (Expression v : values.values()) {
                if (v.equals(e)) {
                    return i;
                }
                i++;
            }
        } else if (e instanceof Col col && col.table() == 0) {
            for (FieldInfo f : first.loadedFields()) {
                if (f.equals(col.field())) {
                    return i;
                }
                i++;
            }
        }
        throw new NotSupportedError("A combined QuerySet can only be ordered by the columns it selects");
    }
}
