package dev.covet.orm.sql;

import dev.covet.orm.exception.NotSupportedError;
import dev.covet.orm.field.FieldKind;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.query.Col;
import dev.covet.orm.query.Condition;
import dev.covet.orm.query.Expression;
import dev.covet.orm.query.Join;
import dev.covet.orm.query.Lookup;
import dev.covet.orm.query.MatchNothing;
import dev.covet.orm.query.OrderBy;
import dev.covet.orm.query.OutputType;
import dev.covet.orm.query.Query;
import dev.covet.orm.query.SelectRelated;
import dev.covet.orm.query.SubqueryExpression;
import dev.covet.orm.query.Value;
import dev.covet.orm.query.ValueList;
import dev.covet.orm.query.WhereItem;
import dev.covet.orm.query.WhereNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Compiles a {@link Query} into a SELECT, with the shape of its rows. */
public final class SelectCompiler {
    private SelectCompiler() {
    }

    /**
     * The SELECT that returns the query's rows.
     *
     * @param query the query
     * @param dialect the dialect to write for
     * @return the SELECT with the shape of its rows
     */
    public static CompiledSelect compile(Query query, Dialect dialect) {
        return compile(query, dialect, 0, null, null, null);
    }

    /** The query as a subquery nested in {@code outer}. */
    static Sql compileSubquery(Query query, CompileContext outer) {
        return compile(query, outer.dialect, outer.level + 1, outer, null, null).sql();
    }

    /**
     * The query's SELECT with {@code trailing} expressions after its own columns (as {@code "t<i>"}) and
     * every own column named by position ({@code "c<i>"}); {@code names} receives each own column's
     * name (null for a model column). Used to wrap a query that filters on a window.
     */
    static CompiledSelect compileForWrapping(Query query, Dialect dialect, int level, CompileContext parent,
                                             List<Expression> trailing, List<String> names) {
        return compile(query, dialect, level, parent, trailing, names);
    }

    private static CompiledSelect compile(Query original, Dialect dialect, int level, CompileContext parent,
                                          List<Expression> trailing, List<String> columnNames) {
        Query q = original.copy();
        if (q.combination() != null) {
            return CombinationCompiler.compile(q, dialect, level, parent);
        }
        if (trailing == null && WindowQualify.applies(q)) {
            return WindowQualify.compile(q, dialect, level, parent);
        }
        SelectTemplates.Key key = level == 0 && trailing == null ? SelectTemplates.key(q, dialect) : null;
        if (key != null) {
            SelectTemplates.Template template = SelectTemplates.get(key);
            if (template != null) {
                // the joins were made when the filters were added; compiling the WHERE makes none
                return template.complete(WhereCompiler.compile(q.where(), new CompileContext(dialect, q, 0)), q.limit());
            }
        }
        List<Expression> select = new ArrayList<>();
        List<String> selectAliases = new ArrayList<>();
        SelectShape shape;
        Map<String, Expression> values = q.values();
        if (values == null) {
            List<FieldInfo> fields = q.loadedFields();
            for (FieldInfo f : fields) {
                select.add(q.colFor(0, f));
                selectAliases.add(null);
            }
            List<SelectShape.Related> related = q.selectRelated() == null ? List.of()
                    : related(q, 0, q.model(), q.selectRelated(), select, selectAliases);
            List<String> names = new ArrayList<>();
            List<OutputType> types = new ArrayList<>();
            q.annotations().forEach((name, e) -> {
                if (q.isHidden(name)) {
                    return;
                }
                select.add(e);
                selectAliases.add(name);
                names.add(name);
                types.add(e.outputType());
            });
            shape = new SelectShape(q.model(), fields, related, names, types, null, null);
        } else {
            List<String> names = new ArrayList<>();
            List<OutputType> types = new ArrayList<>();
            values.forEach((name, e) -> {
                select.add(e);
                // a column needs no alias unless the value goes by another name (read by position anyway)
                selectAliases.add(e instanceof Col c && c.column().equals(name) ? null : name);
                names.add(name);
                types.add(e.outputType());
            });
            shape = new SelectShape(q.model(), List.of(), List.of(), List.of(), List.of(), names, types);
        }
        List<OrderBy> ordering = q.effectiveOrdering();
        CompileContext ctx = new CompileContext(dialect, q, level, parent);

        Sql where = WhereCompiler.compile(q.where(), ctx);
        boolean empty = where == WhereCompiler.NOTHING;

        List<Sql> selectSql = new ArrayList<>();
        Set<String> selectTexts = new LinkedHashSet<>();
        for (int i = 0; i < select.size(); i++) {
            Sql s = ExpressionCompiler.compile(select.get(i), ctx);
            selectTexts.add(s.text());
            String alias = selectAliases.get(i);
            if (trailing != null) {
                // a values() column read under its own name has no alias of its own
                columnNames.add(alias != null || values == null ? alias : ((Col) select.get(i)).column());
                alias = "c" + i;
            }
            selectSql.add(alias == null ? s : s.append(" AS " + dialect.quote(alias)));
        }
        if (trailing != null) {
            for (int i = 0; i < trailing.size(); i++) {
                selectSql.add(ExpressionCompiler.compile(trailing.get(i), ctx).append(" AS " + dialect.quote("t" + i)));
            }
        }
        List<Sql> orderSql = new ArrayList<>();
        for (OrderBy o : ordering) {
            if (o.isRandom()) {
                orderSql.add(Sql.of(dialect.random()));
                continue;
            }
            for (Expression term : dialect.orderExpressions(o.expression())) {
                Sql e = ExpressionCompiler.compile(term, ctx);
                if (q.isDistinct() && q.distinctFields().isEmpty() && !selectTexts.contains(e.text())) {
                    // SELECT DISTINCT needs its ORDER BY terms in the select list (DISTINCT ON does not);
                    // they come last and are not read
                    selectSql.add(e);
                    selectTexts.add(e.text());
                }
                orderSql.addAll(orderTerms(e, o, dialect));
            }
        }

        List<Sql> groupBy = List.of();
        if (q.isGrouped()) {
            groupBy = groupBy(q, select, ordering, ctx);
        }

        Sql sql = Sql.of("SELECT ");
        if (q.isDistinct()) {
            if (!q.distinctFields().isEmpty()) {
                if (!dialect.features().supportsDistinctOn()) {
                    throw new NotSupportedError("distinct(fields) (DISTINCT ON) is only supported on PostgreSQL, not on " + dialect.name());
                }
                List<Sql> on = new ArrayList<>();
                for (Expression e : q.distinctFields()) {
                    on.add(ExpressionCompiler.compile(e, ctx));
                }
                sql = sql.append(Sql.join(", ", on).wrap("DISTINCT ON (", ") "));
            } else {
                sql = sql.append("DISTINCT ");
            }
        }
        Sql head = sql.append(Sql.join(", ", selectSql)).append(from(q, ctx));
        sql = Sql.of("");
        if (!groupBy.isEmpty()) {
            sql = sql.append(" GROUP BY ").append(Sql.join(", ", groupBy));
        }
        if (!q.having().isEmpty()) {
            Sql having = WhereCompiler.compile(q.having(), ctx);
            if (having == WhereCompiler.NOTHING) {
                empty = true;
            }
            if (having != WhereCompiler.EVERYTHING) {
                sql = sql.append(" HAVING ").append(having);
            }
        }
        if (!orderSql.isEmpty()) {
            sql = sql.append(" ORDER BY ").append(Sql.join(", ", orderSql));
        }
        sql = sql.append(dialect.limitOffset(q.limit(), q.offset()));
        if (q.lock() != null) {
            sql = sql.append(dialect.locks().lockClause(q.lock(), LockedTables.of(q, ctx)));
        }
        if (q.limit() != null && q.limit() == 0) {
            empty = true;
        }
        Sql tail = sql;
        if (key != null && q.tables().size() == 1 && head.params().isEmpty() && tail.params().isEmpty()) {
            SelectTemplates.put(key, new SelectTemplates.Template(head.text(), tail.text(), shape));
        }
        sql = where == WhereCompiler.EVERYTHING ? head.append(tail) : head.append(" WHERE ").append(where).append(tail);
        return new CompiledSelect(sql, shape, empty && level == 0);
    }

    /** {@code e ASC|DESC}, placing NULLs as asked: natively, or by sorting on {@code (e IS NULL)} first. */
    static List<Sql> orderTerms(Sql e, OrderBy o, Dialect dialect) {
        Sql term = e.append(o.descending() ? " DESC" : " ASC");
        if (o.nulls() == null) {
            return List.of(term);
        }
        boolean first = o.nulls() == OrderBy.Nulls.FIRST;
        if (dialect.features().supportsNullsOrdering()) {
            return List.of(term.append(first ? " NULLS FIRST" : " NULLS LAST"));
        }
        return List.of(e.wrap("(", " IS NULL)" + (first ? " DESC" : " ASC")), term);
    }

    /** {@code FROM base JOIN ...}, with a leading space. */
    static Sql from(Query q, CompileContext ctx) {
        Dialect d = ctx.dialect;
        List<Join> tables = q.tables();
        StringBuilder out = new StringBuilder(" FROM ");
        List<Value> params = new ArrayList<>(0);
        out.append(tableRef(tables.getFirst(), ctx.alias(0), d));
        for (int i = 1; i < tables.size(); i++) {
            Join j = tables.get(i);
            out.append(j.type() == Join.Type.LEFT ? " LEFT OUTER JOIN " : " INNER JOIN ")
                    .append(tableRef(j, ctx.alias(i), d))
                    .append(" ON (").append(ctx.column(j.parent(), j.parentColumn()))
                    .append(" = ").append(ctx.column(i, j.column()));
            Join.ContentTypeMatch ct = j.contentType();
            if (ct != null) {
                out.append(" AND ").append(ctx.column(i, ct.column())).append(" IN (SELECT ").append(d.quote(ct.contentTypePk()))
                        .append(" FROM ").append(d.quote(ct.contentTypeTable())).append(" WHERE ")
                        .append(d.quote(ct.modelColumn())).append(" IN (")
                        .append(String.join(", ", java.util.Collections.nCopies(ct.modelNames().size(), "?"))).append("))");
                for (String name : ct.modelNames()) {
                    params.add(new Value(name, FieldKind.Storage.STRING));
                }
            }
            out.append(')');
        }
        return new Sql(out.toString(), params);
    }

    private static String tableRef(Join j, String alias, Dialect d) {
        return alias.equals(j.table()) ? d.quote(j.table()) : d.quote(j.table()) + " " + d.quote(alias);
    }

    private static List<SelectShape.Related> related(Query q, int from, ModelInfo<?> model, SelectRelated tree,
                                                     List<Expression> select, List<String> aliases) {
        List<SelectShape.Related> out = new ArrayList<>();
        for (Map.Entry<String, SelectRelated> e : tree.children().entrySet()) {
            FieldInfo fk = model.field(e.getKey());
            ModelInfo<?> target = fk.relation().target();
            int table = q.joinForSelectRelated(from, fk);
            List<FieldInfo> fields = target.columns();
            for (FieldInfo f : fields) {
                select.add(q.colFor(table, f));
                aliases.add(null);
            }
            List<SelectShape.Related> children = related(q, table, target, e.getValue(), select, aliases);
            out.add(new SelectShape.Related(fk, target, fields, children));
        }
        return out;
    }

    private static void havingColumns(WhereItem item, List<Expression> into) {
        switch (item) {
            case Lookup l -> {
                for (Expression e : List.of(l.lhs(), l.rhs())) {
                    if (!e.containsAggregate() && !(e instanceof Value) && !(e instanceof ValueList)
                            && !(e instanceof SubqueryExpression)) {
                        into.add(e);
                    }
                }
            }
            case WhereNode n -> n.children().forEach(c -> havingColumns(c, into));
            case Condition c -> {
                // a condition of its own (Exists) brings what it correlates with, not a column to group by
            }
            case MatchNothing m -> {
            }
        }
    }

    private static List<Sql> groupBy(Query q, List<Expression> select, List<OrderBy> ordering, CompileContext ctx) {
        Set<String> seen = new LinkedHashSet<>();
        List<Sql> out = new ArrayList<>();
        List<Expression> candidates = new ArrayList<>();
        if (q.values() != null && q.groupsByValues()) {
            candidates.addAll(q.values().values());
        } else {
            candidates.addAll(select);
            if (q.values() != null) {
                candidates.add(new Col(0, q.model().pk()));
            }
        }
        for (OrderBy o : ordering) {
            if (!o.isRandom()) {
                candidates.add(o.expression());
            }
        }
        // a plain column beside an aggregate in HAVING must be grouped by too (Django's having_group_by):
        // MariaDB rejects it as unknown otherwise when values() leaves it out of the SELECT
        havingColumns(q.having(), candidates);
        for (Expression e : candidates) {
            if (e.containsAggregate()) {
                continue;
            }
            Sql s = ExpressionCompiler.compile(e, ctx);
            if (s.params().isEmpty() && seen.add(s.text())) {
                out.add(s);
            }
        }
        return out;
    }
}
