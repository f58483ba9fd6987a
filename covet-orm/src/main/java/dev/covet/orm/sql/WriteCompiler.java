package dev.covet.orm.sql;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.query.Col;
import dev.covet.orm.query.Combined;
import dev.covet.orm.query.Expression;
import dev.covet.orm.query.Lookup;
import dev.covet.orm.query.Query;
import dev.covet.orm.query.SubqueryExpression;
import dev.covet.orm.query.Transform;
import dev.covet.orm.query.Value;
import dev.covet.orm.query.ValueList;
import dev.covet.orm.query.WhereItem;
import dev.covet.orm.query.WhereNode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Compiles INSERT, UPDATE and DELETE statements. */
public final class WriteCompiler {
    private WriteCompiler() {
    }

    /**
     * {@code INSERT INTO t (a, b) VALUES (?, ?), (?, ?) [RETURNING key]}; one row of values per row.
     * With no columns, a row of defaults.
     *
     * @param model the model whose table receives the rows
     * @param fields the fields given a value, in column order; empty to insert a row of defaults
     * @param rows per row, one value per field
     * @param returning the field to read back with {@code RETURNING} (the key), or null for none
     * @param d the dialect to write for
     * @return the statement with its parameters
     * @throws IllegalArgumentException if there are no fields and more than one row
     */
    public static Sql insert(ModelInfo<?> model, List<FieldInfo> fields, List<List<Value>> rows, FieldInfo returning, Dialect d) {
        return insert(model, fields, rows, returning, d, "");
    }

    /**
     * As {@link #insert(ModelInfo, List, List, FieldInfo, Dialect)}, returning several columns (a key and database defaults).
     *
     * @param model the model whose table receives the rows
     * @param fields the fields given a value, in column order; empty to insert a row of defaults
     * @param rows per row, one value per field
     * @param returning the fields to read back, in the order {@code RETURNING} names them
     * @param d the dialect to write for
     * @return the statement with its parameters
     */
    public static Sql insert(ModelInfo<?> model, List<FieldInfo> fields, List<List<Value>> rows, List<FieldInfo> returning, Dialect d) {
        Sql plain = insert(model, fields, rows, (FieldInfo) null, d, "");
        return plain.append(" RETURNING " + String.join(", ", returning.stream().map(f -> d.quote(f.column())).toList()));
    }

    /**
     * {@code SELECT columns FROM t WHERE key = ?}: the values the database chose for a row it just inserted.
     *
     * @param model the model of the row
     * @param columns the fields to read, in order
     * @param key the primary key field
     * @param keyValue the new row's key
     * @param d the dialect to write for
     * @return the query with the key as its one parameter
     */
    public static Sql selectByKey(ModelInfo<?> model, List<FieldInfo> columns, FieldInfo key, Value keyValue, Dialect d) {
        return new Sql("SELECT " + String.join(", ", columns.stream().map(f -> d.quote(f.column())).toList()) + " FROM "
                + d.quote(model.table()) + " WHERE " + d.quote(key.column()) + " = ?", List.of(keyValue));
    }

    /**
     * As {@link #insert(ModelInfo, List, List, FieldInfo, Dialect)}, with a conflict clause from {@link WriteSql#onConflict}.
     *
     * @param model the model whose table receives the rows
     * @param fields the fields given a value, in column order; empty to insert a row of defaults
     * @param rows per row, one value per field
     * @param returning the field to read back with {@code RETURNING} (the key), or null for none
     * @param d the dialect to write for
     * @param conflict the clause written after the values (with a leading space), or empty
     * @return the statement with its parameters
     * @throws IllegalArgumentException if there are no fields and more than one row
     */
    public static Sql insert(ModelInfo<?> model, List<FieldInfo> fields, List<List<Value>> rows, FieldInfo returning, Dialect d,
                             String conflict) {
        if (rows.size() == 1 && conflict.isEmpty() && !fields.isEmpty()) {
            // one row, as save() inserts it: the text is kept per model, dialect, key read back and columns
            return new Sql(RowWrites.insert(model, fields, returning, d), rows.getFirst());
        }
        return build(model, fields, rows, returning, d, conflict);
    }

    /** The INSERT compiled in full, without the kept text of one-row inserts. */
    static Sql build(ModelInfo<?> model, List<FieldInfo> fields, List<List<Value>> rows, FieldInfo returning, Dialect d,
                     String conflict) {
        String ret = conflict + (returning == null ? "" : " RETURNING " + d.quote(returning.column()));
        if (fields.isEmpty()) {
            if (rows.size() != 1) {
                throw new IllegalArgumentException("a row of defaults is inserted one at a time");
            }
            return Sql.of(d.writes().insertDefaults(model.table()) + ret);
        }
        StringBuilder text = new StringBuilder("INSERT INTO ").append(d.quote(model.table())).append(" (");
        for (int i = 0; i < fields.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(d.quote(fields.get(i).column()));
        }
        text.append(") VALUES ");
        String placeholders = "(" + "?, ".repeat(fields.size() - 1) + "?)";
        List<Value> params = new ArrayList<>(rows.size() * fields.size());
        for (int r = 0; r < rows.size(); r++) {
            text.append(r == 0 ? "" : ", ").append(placeholders);
            params.addAll(rows.get(r));
        }
        return new Sql(text.append(ret).toString(), params);
    }

    /**
     * {@code UPDATE t SET a = ?, b = ? WHERE key = ?} for one saved instance.
     *
     * @param model the instance's model
     * @param fields the fields to set, in order
     * @param values one value per field
     * @param key the instance's primary key value
     * @param d the dialect to write for
     * @return the statement: the values, then the key, as parameters
     */
    public static Sql updateRow(ModelInfo<?> model, List<FieldInfo> fields, List<Value> values, Value key, Dialect d) {
        if (fields.isEmpty()) {
            return buildUpdateRow(model, fields, values, key, d);
        }
        // the text is kept per model and set of columns, as save() sends it
        List<Value> params = new ArrayList<>(values.size() + 1);
        params.addAll(values);
        params.add(key);
        return new Sql(RowWrites.update(model, fields, d), params);
    }

    /** The one-row UPDATE compiled in full, without the kept text. */
    static Sql buildUpdateRow(ModelInfo<?> model, List<FieldInfo> fields, List<Value> values, Value key, Dialect d) {
        StringBuilder text = new StringBuilder("UPDATE ").append(d.quote(model.table())).append(" SET ");
        for (int i = 0; i < fields.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(d.quote(fields.get(i).column())).append(" = ?");
        }
        text.append(" WHERE ").append(d.quote(model.pk().column())).append(" = ?");
        List<Value> params = new ArrayList<>(values);
        params.add(key);
        return new Sql(text.toString(), params);
    }

    /**
     * One UPDATE for many rows: {@code SET f = CASE WHEN pk = ? THEN ? ... END, ... WHERE pk IN (...)};
     * {@code values} holds, per row, one value per field.
     *
     * @param model the rows' model
     * @param fields the fields to set
     * @param keys the primary key of each row (at least one)
     * @param values per row (in the order of {@code keys}), one value per field
     * @param d the dialect to write for
     * @return the statement with its parameters
     */
    public static Sql bulkUpdate(ModelInfo<?> model, List<FieldInfo> fields, List<Value> keys, List<List<Value>> values, Dialect d) {
        String pk = d.quote(model.pk().column());
        List<Value> params = new ArrayList<>();
        StringBuilder text = new StringBuilder("UPDATE ").append(d.quote(model.table())).append(" SET ");
        for (int f = 0; f < fields.size(); f++) {
            FieldInfo field = fields.get(f);
            text.append(f == 0 ? "" : ", ").append(d.quote(field.column())).append(" = CASE");
            String placeholder = d.writes().caseValue(field);
            for (int r = 0; r < keys.size(); r++) {
                text.append(" WHEN ").append(pk).append(" = ? THEN ").append(placeholder);
                params.add(keys.get(r));
                params.add(values.get(r).get(f));
            }
            text.append(" ELSE ").append(d.quote(field.column())).append(" END");
        }
        text.append(" WHERE ").append(pk).append(" IN (").append("?, ".repeat(keys.size() - 1)).append("?)");
        params.addAll(keys);
        return new Sql(text.toString(), params);
    }

    /**
     * {@code SELECT column FROM table WHERE keyColumn = ? [AND otherColumn IN (...)]}: pairs already in a junction.
     *
     * @param table the junction table, unquoted
     * @param column the column to read, unquoted
     * @param keyColumn the column that must equal {@code key}, unquoted
     * @param key the value {@code keyColumn} must have
     * @param otherColumn the column {@code others} restricts, unquoted (unused when {@code others} is null)
     * @param others the values {@code otherColumn} may have, or null for no restriction
     * @param d the dialect to write for
     * @return the query with its parameters
     */
    public static Sql selectColumn(String table, String column, String keyColumn, Value key, String otherColumn,
                                   Collection<Value> others, Dialect d) {
        List<Value> params = new ArrayList<>();
        params.add(key);
        StringBuilder text = new StringBuilder("SELECT ").append(d.quote(column)).append(" FROM ").append(d.quote(table))
                .append(" WHERE ").append(d.quote(keyColumn)).append(" = ?");
        if (others != null) {
            text.append(" AND ").append(d.quote(otherColumn)).append(others.size() == 1 ? " = ?" : " IN (" + "?, ".repeat(others.size() - 1) + "?)");
            params.addAll(others);
        }
        return new Sql(text.toString(), params);
    }

    /**
     * {@code INSERT INTO table (a, b) VALUES (?, ?), ...}: junction pairs.
     *
     * @param table the junction table, unquoted
     * @param columnA the first column, unquoted
     * @param columnB the second column, unquoted
     * @param pairs the rows, each {@code {a, b}} (at least one)
     * @param d the dialect to write for
     * @return the statement with its parameters
     */
    public static Sql insertPairs(String table, String columnA, String columnB, List<Value[]> pairs, Dialect d) {
        return insertPairs(table, columnA, columnB, pairs, false, d);
    }

    /**
     * As {@link #insertPairs(String, String, String, List, Dialect)}; with {@code ignoreDuplicates}, pairs already there are skipped.
     *
     * @param table the junction table, unquoted
     * @param columnA the first column, unquoted
     * @param columnB the second column, unquoted
     * @param pairs the rows, each {@code {a, b}} (at least one)
     * @param ignoreDuplicates whether pairs already present are skipped instead of failing
     * @param d the dialect to write for
     * @return the statement with its parameters
     */
    public static Sql insertPairs(String table, String columnA, String columnB, List<Value[]> pairs, boolean ignoreDuplicates, Dialect d) {
        List<Value> params = new ArrayList<>(pairs.size() * 2);
        StringBuilder text = new StringBuilder("INSERT INTO ").append(d.quote(table)).append(" (").append(d.quote(columnA))
                .append(", ").append(d.quote(columnB)).append(") VALUES ");
        for (int i = 0; i < pairs.size(); i++) {
            text.append(i == 0 ? "(?, ?)" : ", (?, ?)");
            params.add(pairs.get(i)[0]);
            params.add(pairs.get(i)[1]);
        }
        if (ignoreDuplicates) {
            text.append(d.writes().ignoreDuplicates(d.quote(columnA)));
        }
        return new Sql(text.toString(), params);
    }

    /**
     * {@code DELETE FROM table WHERE keyColumn = ? [AND otherColumn IN (...)]}.
     *
     * @param table the junction table, unquoted
     * @param keyColumn the column that must equal {@code key}, unquoted
     * @param key the value {@code keyColumn} must have
     * @param otherColumn the column {@code others} restricts, unquoted (unused when {@code others} is null)
     * @param others the values {@code otherColumn} may have, or null to delete every pair of {@code key}
     * @param d the dialect to write for
     * @return the statement with its parameters
     */
    public static Sql deletePairs(String table, String keyColumn, Value key, String otherColumn, Collection<Value> others, Dialect d) {
        List<Value> params = new ArrayList<>();
        params.add(key);
        StringBuilder text = new StringBuilder("DELETE FROM ").append(d.quote(table)).append(" WHERE ").append(d.quote(keyColumn)).append(" = ?");
        if (others != null) {
            text.append(" AND ").append(d.quote(otherColumn)).append(others.size() == 1 ? " = ?" : " IN (" + "?, ".repeat(others.size() - 1) + "?)");
            params.addAll(others);
        }
        return new Sql(text.toString(), params);
    }

    /**
     * {@code UPDATE t SET column = ? WHERE keyColumn = ? [AND pk [NOT] IN (...)]}: re-pointing reverse foreign keys.
     *
     * @param model the model whose rows hold the foreign key
     * @param column the foreign key column to set, unquoted
     * @param value the new value (a null value detaches the rows)
     * @param keyColumn the column that must equal {@code key}, unquoted
     * @param key the value {@code keyColumn} must have, or null for no such condition
     * @param pks primary keys to limit the rows to, or null or empty for no limit
     * @param notIn whether the rows are those whose keys are NOT in {@code pks}
     * @param d the dialect to write for
     * @return the statement with its parameters
     */
    public static Sql repoint(ModelInfo<?> model, String column, Value value, String keyColumn, Value key,
                              Collection<Value> pks, boolean notIn, Dialect d) {
        List<Value> params = new ArrayList<>();
        params.add(value);
        StringBuilder text = new StringBuilder("UPDATE ").append(d.quote(model.table())).append(" SET ").append(d.quote(column))
                .append(" = ?");
        String and = " WHERE ";
        if (key != null) {
            text.append(and).append(d.quote(keyColumn)).append(" = ?");
            params.add(key);
            and = " AND ";
        }
        if (pks != null && !pks.isEmpty()) {
            text.append(and).append(d.quote(model.pk().column())).append(notIn ? " NOT IN (" : " IN (")
                    .append("?, ".repeat(pks.size() - 1)).append("?)");
            params.addAll(pks);
        }
        return new Sql(text.toString(), params);
    }

    /**
     * {@code DELETE FROM t WHERE column IN (?, ...)}.
     *
     * @param model the model whose table rows are deleted from
     * @param column the column tested, unquoted
     * @param keys the values to match (at least one)
     * @param d the dialect to write for
     * @return the statement with the keys as parameters
     */
    public static Sql deleteWhereIn(ModelInfo<?> model, String column, Collection<Value> keys, Dialect d) {
        return deleteWhereIn(model.table(), column, keys, d);
    }

    /**
     * The same on a table with no model of its own (an automatic many-to-many junction).
     *
     * @param table the table, unquoted
     * @param column the column tested, unquoted
     * @param keys the values to match (at least one)
     * @param d the dialect to write for
     * @return the statement with the keys as parameters
     */
    public static Sql deleteWhereIn(String table, String column, Collection<Value> keys, Dialect d) {
        return new Sql("DELETE FROM " + d.quote(table) + " WHERE " + d.quote(column)
                + (keys.size() == 1 ? " = ?" : " IN (" + "?, ".repeat(keys.size() - 1) + "?)"), new ArrayList<>(keys));
    }

    /**
     * {@code UPDATE t SET column = ? WHERE keyColumn IN (?, ...)}: used to null or reset keys on delete.
     *
     * @param model the model whose rows are updated
     * @param column the column to set, unquoted
     * @param value the new value
     * @param keyColumn the column tested, unquoted
     * @param keys the values to match (at least one)
     * @param d the dialect to write for
     * @return the statement: the value, then the keys, as parameters
     */
    public static Sql updateWhereIn(ModelInfo<?> model, String column, Value value, String keyColumn, Collection<Value> keys, Dialect d) {
        List<Value> params = new ArrayList<>();
        params.add(value);
        params.addAll(keys);
        return new Sql("UPDATE " + d.quote(model.table()) + " SET " + d.quote(column) + " = ? WHERE " + d.quote(keyColumn)
                + (keys.size() == 1 ? " = ?" : " IN (" + "?, ".repeat(keys.size() - 1) + "?)"), params);
    }

    /**
     * {@code UPDATE t SET ... WHERE ...} for {@code QuerySet.update()}; null when the filter matches nothing.
     * Values may be expressions over the model's own columns ({@code F.of("quantity").minus(1)}).
     *
     * @param query the query whose rows are updated (copied, not changed)
     * @param assignments the value or expression each field gets
     * @param d the dialect to write for
     * @return the statement, or null when the filter can match no row
     * @throws dev.covet.orm.exception.FieldError if a value refers to a joined field or holds an aggregate
     * @throws dev.covet.orm.exception.NotSupportedError if the query filters on a window function
     */
    public static Sql update(Query query, Map<FieldInfo, Expression> assignments, Dialect d) {
        Query q = query.copy();
        CompileContext ctx = new CompileContext(d, q, 0);
        List<Sql> sets = new ArrayList<>();
        for (Map.Entry<FieldInfo, Expression> e : assignments.entrySet()) {
            checkLocal(e.getValue(), e.getKey());
            sets.add(Sql.of(d.quote(e.getKey().column()) + " = ").append(ExpressionCompiler.compile(e.getValue(), ctx)));
        }
        Sql head = Sql.join(", ", sets).wrap("UPDATE " + d.quote(q.model().table()) + " SET ", "");
        Sql where = whereFor(q, ctx, d);
        if (where == WhereCompiler.NOTHING) {
            return null;
        }
        return where == WhereCompiler.EVERYTHING ? head : head.append(" WHERE ").append(where);
    }

    /**
     * {@code DELETE FROM t WHERE ...} for the rows of a query; null when the filter matches nothing.
     *
     * @param query the query whose rows are deleted (copied, not changed)
     * @param d the dialect to write for
     * @return the statement, or null when the filter can match no row
     * @throws dev.covet.orm.exception.NotSupportedError if the query filters on a window function
     */
    public static Sql delete(Query query, Dialect d) {
        Query q = query.copy();
        CompileContext ctx = new CompileContext(d, q, 0);
        Sql where = whereFor(q, ctx, d);
        if (where == WhereCompiler.NOTHING) {
            return null;
        }
        Sql head = Sql.of("DELETE FROM " + d.quote(q.model().table()));
        return where == WhereCompiler.EVERYTHING ? head : head.append(" WHERE ").append(where);
    }

    /** The condition of an UPDATE/DELETE: the query's own WHERE, or {@code key IN (SELECT key ...)} when it joins or slices. */
    private static Sql whereFor(Query q, CompileContext ctx, Dialect d) {
        if (WindowQualify.applies(q)) {
            throw new dev.covet.orm.exception.NotSupportedError("update() and delete() cannot filter on a window function; "
                    + "select the keys first (valuesList(\"pk\")) and filter on them");
        }
        boolean simple = q.tables().size() == 1 && !q.isSliced() && !q.isDistinct() && q.having().isEmpty()
                && !containsSubquery(q.where());
        if (simple) {
            return WhereCompiler.compile(q.where(), ctx);
        }
        Query inner = q.copy();
        Map<String, Expression> key = new LinkedHashMap<>();
        key.put("pk", new Col(0, q.model().pk()));
        inner.selectExpressions(key);
        if (!inner.isSliced()) {
            inner.clearOrdering();
        }
        CompiledSelect compiled = SelectCompiler.compile(inner, d);
        if (compiled.empty()) {
            return WhereCompiler.NOTHING;
        }
        Sql sub = new Sql(compiled.sql().text(), compiled.sql().params());
        // The inner SELECT runs at the top level of its own text, so its aliases are the table names;
        // nest it under a derived table where the database will not read the table it is changing.
        if (d.features().selfReferenceNeedsDerivedTable()) {
            sub = sub.wrap("SELECT * FROM (", ") " + d.quote("subquery"));
        }
        return sub.wrap(d.quote(q.model().table()) + "." + d.quote(q.model().pk().column()) + " IN (", ")");
    }

    private static boolean containsSubquery(WhereItem item) {
        return switch (item) {
            case Lookup l -> l.rhs() instanceof SubqueryExpression || l.lhs() instanceof SubqueryExpression;
            case WhereNode n -> n.children().stream().anyMatch(WriteCompiler::containsSubquery);
            default -> false;
        };
    }

    private static void checkLocal(Expression e, FieldInfo target) {
        switch (e) {
            case Col c -> {
                if (c.table() != 0) {
                    throw new FieldError("Joined field references are not permitted in update(): " + target.name()
                            + " cannot be set from " + c.field());
                }
            }
            case Combined c -> {
                checkLocal(c.lhs(), target);
                checkLocal(c.rhs(), target);
            }
            case Transform t -> checkLocal(t.source(), target);
            case ValueList v -> v.items().forEach(i -> checkLocal(i, target));
            default -> {
                if (e.containsAggregate()) {
                    throw new FieldError("Aggregates are not allowed in update(): " + target.name());
                }
            }
        }
    }
}
