package dev.covet.orm.sql;

import dev.covet.orm.exception.NotSupportedError;
import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.query.Join;
import dev.covet.orm.query.OrderBy;
import dev.covet.orm.query.Query;
import dev.covet.orm.query.Value;
import dev.covet.orm.sql.TreeWalk.Direction;

import java.util.ArrayList;
import java.util.List;

/**
 * Compiles {@link TreeWalk}s: the ancestors or descendants of a node in one statement, through a
 * recursive common table expression that carries each node's distance from the start.
 *
 * <pre>{@code
 * WITH RECURSIVE "tree_walk" ("node", "parent", "depth") AS (
 *   SELECT "category"."id", "category"."parent_id", 1 FROM "category" WHERE "category"."parent_id" = ?
 *   UNION ALL
 *   SELECT "category"."id", "category"."parent_id", "tree_walk"."depth" + 1 FROM "category"
 *   INNER JOIN "tree_walk" ON ("category"."parent_id" = "tree_walk"."node") WHERE "tree_walk"."depth" < ?)
 * SELECT "category"."id", ... FROM "category"
 * INNER JOIN (SELECT "node", MIN("depth") AS "depth" FROM "tree_walk" GROUP BY "node") "tree_depth"
 *   ON ("category"."id" = "tree_depth"."node")
 * WHERE "category"."id" <> ? ORDER BY "tree_depth"."depth" ASC, ..., "category"."id" ASC
 * }</pre>
 *
 * The {@code depth < ?} bound is what ends the recursion when the keys form a cycle; grouping by node
 * then returns each node once, at its shortest distance. Thread-safe (no state).
 */
public final class TreeCompiler {
    private static final String NODE = "node";
    private static final String PARENT = "parent";
    private static final String DEPTH = "depth";

    private TreeCompiler() {
    }

    /**
     * The rows of {@code query} (its model's columns, conditions and ordering) that {@code walk}
     * reaches, nearest first, then in the query's ordering, then by primary key.
     *
     * @param query the query whose rows are walked (copied, not changed)
     * @param walk the walk: from which node, up or down, how deep
     * @param d the dialect to write for
     * @return the compiled SELECT with a {@code WITH RECURSIVE} part
     */
    public static CompiledSelect select(Query query, TreeWalk walk, Dialect d) {
        Query q = query.copy();
        checkWalk(q.model(), walk, d);
        List<FieldInfo> fields = q.loadedFields();
        // resolving the ordering may add joins, so it comes before the aliases are fixed
        List<OrderBy> ordering = q.effectiveOrdering();
        CompileContext ctx = new CompileContext(d, q, 0);
        Names names = Names.avoiding(q.tables().stream().map(Join::table).toList());

        List<Sql> select = new ArrayList<>();
        for (FieldInfo f : fields) {
            select.add(Sql.of(ctx.column(0, f.column())));
        }
        String key = ctx.column(0, walk.keyField().column());
        String depth = d.quote(names.depth) + "." + d.quote(DEPTH);
        Sql sql = recursiveWith(q.model(), walk, names, d)
                .append(" SELECT ").append(Sql.join(", ", select))
                .append(SelectCompiler.from(q, ctx))
                .append(" INNER JOIN (SELECT " + d.quote(NODE) + ", MIN(" + d.quote(DEPTH) + ") AS " + d.quote(DEPTH)
                        + " FROM " + d.quote(names.cte) + " GROUP BY " + d.quote(NODE) + ") " + d.quote(names.depth)
                        + " ON (" + key + " = " + d.quote(names.depth) + "." + d.quote(NODE) + ")");

        List<Sql> conditions = new ArrayList<>();
        if (walk.self() != null) {
            conditions.add(Sql.of(key + " <> ?", new Value(walk.self(), walk.keyField().storage())));
        }
        Sql where = WhereCompiler.compile(q.where(), ctx);
        if (where != WhereCompiler.EVERYTHING) {
            conditions.add(where);
        }
        if (!conditions.isEmpty()) {
            sql = sql.append(" WHERE ").append(Sql.join(" AND ", conditions));
        }

        List<Sql> order = new ArrayList<>();
        order.add(Sql.of(depth + " ASC"));
        for (OrderBy o : ordering) {
            if (o.isRandom()) {
                order.add(Sql.of(d.random()));
            } else {
                for (dev.covet.orm.query.Expression term : d.orderExpressions(o.expression())) {
                    order.addAll(SelectCompiler.orderTerms(ExpressionCompiler.compile(term, ctx), o, d));
                }
            }
        }
        order.add(Sql.of(ctx.column(0, q.model().pk().column()) + " ASC"));
        sql = sql.append(" ORDER BY ").append(Sql.join(", ", order)).append(d.limitOffset(q.limit(), q.offset()));

        SelectShape shape = new SelectShape(q.model(), fields, List.of(), List.of(), List.of(), null, null);
        boolean empty = where == WhereCompiler.NOTHING || (q.limit() != null && q.limit() == 0);
        return new CompiledSelect(sql, shape, empty);
    }

    /**
     * {@code SELECT COUNT(DISTINCT node)}: how many nodes {@code walk} reaches (for the ancestors: the depth).
     *
     * @param model the tree's model
     * @param walk the walk: from which node, up or down, how deep
     * @param d the dialect to write for
     * @return the counting query
     */
    public static Sql count(ModelInfo<?> model, TreeWalk walk, Dialect d) {
        checkWalk(model, walk, d);
        Names names = Names.avoiding(List.of(model.table()));
        String node = d.quote(names.cte) + "." + d.quote(NODE);
        Sql sql = recursiveWith(model, walk, names, d)
                .append(" SELECT COUNT(DISTINCT " + node + ") FROM " + d.quote(names.cte));
        if (walk.self() != null) {
            sql = sql.append(Sql.of(" WHERE " + node + " <> ?", new Value(walk.self(), walk.keyField().storage())));
        }
        return sql;
    }

    /** {@code WITH RECURSIVE cte (node, parent, depth) AS (anchor UNION ALL step)}, with a trailing nothing. */
    private static Sql recursiveWith(ModelInfo<?> model, TreeWalk walk, Names names, Dialect d) {
        String table = d.quote(model.table());
        String cte = d.quote(names.cte);
        String key = table + "." + d.quote(walk.keyField().column());
        String parent = table + "." + d.quote(walk.parentKey().column());
        boolean up = walk.direction() == Direction.UP;
        String columns = key + ", " + parent;
        Sql anchor = Sql.of("SELECT " + columns + ", 1 FROM " + table + " WHERE " + (up ? key : parent) + " = ?",
                new Value(walk.start(), walk.keyField().storage()));
        Sql step = Sql.of("SELECT " + columns + ", " + cte + "." + d.quote(DEPTH) + " + 1 FROM " + table
                + " INNER JOIN " + cte + " ON (" + (up ? key : parent) + " = " + cte + "." + d.quote(up ? PARENT : NODE)
                + ") WHERE " + cte + "." + d.quote(DEPTH) + " < ?", new Value(walk.maxDepth(), Storage.INT));
        return anchor.append(" UNION ALL ").append(step)
                .wrap("WITH RECURSIVE " + cte + " (" + d.quote(NODE) + ", " + d.quote(PARENT) + ", " + d.quote(DEPTH) + ") AS (", ")");
    }

    private static void checkWalk(ModelInfo<?> model, TreeWalk walk, Dialect d) {
        if (walk.parentKey().model() != model) {
            throw new IllegalArgumentException("The walk follows " + walk.parentKey() + ", not a field of " + model.name());
        }
        if (!d.features().supportsRecursiveCte()) {
            throw new NotSupportedError("Tree walks need WITH RECURSIVE, which this " + d.name()
                    + " server lacks (MariaDB 10.2 and MySQL 8.0 have it)");
        }
    }

    /** The names of the common table expression and of the derived table of depths, clear of the query's tables. */
    private record Names(String cte, String depth) {
        static Names avoiding(List<String> tables) {
            return new Names(unused("tree_walk", tables), unused("tree_depth", tables));
        }

        private static String unused(String name, List<String> tables) {
            String candidate = name;
            while (clashes(candidate, tables)) {
                candidate = candidate + "_";
            }
            return candidate;
        }

        private static boolean clashes(String name, List<String> tables) {
            return tables.stream().anyMatch(name::equalsIgnoreCase);
        }
    }
}
