package dev.covet.orm.internal.query;

import dev.covet.orm.Model;
import dev.covet.orm.QuerySet;
import dev.covet.orm.db.Database;
import dev.covet.orm.exception.FieldError;
import dev.covet.orm.internal.QuerySets;
import dev.covet.orm.internal.persist.Lifecycle;
import dev.covet.orm.internal.persist.Persister;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.FieldValues;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.query.Expression;
import dev.covet.orm.query.Query;
import dev.covet.orm.query.Value;
import dev.covet.orm.sql.Sql;
import dev.covet.orm.sql.WriteCompiler;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * {@code QuerySet.update(values)}: one UPDATE of every matching row (Django's {@code QuerySet.update}),
 * {@code autoNow} fields included; on a multi-table child, an UPDATE per table that holds the fields, for
 * the same keys; the {@code pre_update} and {@code post_update} signals around it.
 */
public final class Updates {
    private Updates() {
    }

    /**
     * The columns an update sets, with their values.
     *
     * @param fields each field and its value (a plain value or an expression)
     * @param acrossTables whether a field lives in a parent's table
     */
    public record Assignments(Map<FieldInfo, Object> fields, boolean acrossTables) {
    }

    /**
     * The fields {@code values} names on {@code model}, and the {@code autoNow} fields it does not name.
     *
     * @param model the updated model
     * @param values field name to value (a value may be an expression)
     * @return the assignments
     * @throws FieldError for a name that is no column of the model
     */
    public static Assignments assignments(ModelInfo<?> model, Map<String, ?> values) {
        Map<FieldInfo, Object> fields = new LinkedHashMap<>();
        boolean acrossTables = false;
        for (Map.Entry<String, ?> e : values.entrySet()) {
            FieldInfo f = model.findField(e.getKey());
            if (f == null || !f.hasColumn()) {
                throw FieldError.unknown(e.getKey(), model.name(), model.columns().stream().map(FieldInfo::name).toList());
            }
            fields.put(f, e.getValue());
            acrossTables |= !model.holdsColumn(f);
        }
        for (FieldInfo f : model.columns()) {
            if (f.isAutoNow() && !fields.containsKey(f)) {
                fields.put(f, f.converter().fromDb(Persister.now(f)));
                acrossTables |= !model.holdsColumn(f);
            }
        }
        return new Assignments(fields, acrossTables);
    }

    /**
     * Runs the update of {@code qs}'s rows on {@code db}, with its signals.
     *
     * @param qs the QuerySet whose rows are updated
     * @param assignments what to set, from {@link #assignments}
     * @param values the values as given, for the signals
     * @param db the database to write to
     * @param limited runs its argument under the QuerySet's statement timeout
     * @return the number of rows updated
     */
    public static int update(QuerySet<?> qs, Assignments assignments, Map<String, ?> values, Database db,
                             Function<Supplier<Integer>, Integer> limited) {
        IntSupplier work;
        if (assignments.acrossTables()) {
            work = () -> db.atomic(() -> acrossTables(qs, assignments.fields(), db));
        } else {
            Sql sql = updateSql(qs, assignments.fields(), db);
            work = () -> sql == null ? 0 : db.update(sql);
        }
        return run(qs, db, work, values, limited);
    }

    private static int run(QuerySet<?> qs, Database db, IntSupplier work, Map<String, ?> values,
                           Function<Supplier<Integer>, Integer> limited) {
        Class<?> type = QuerySets.info(qs).type();
        Lifecycle lifecycle = Lifecycle.current();
        boolean pre = lifecycle.hears(Lifecycle.Kind.PRE_UPDATE, type);
        boolean post = lifecycle.hears(Lifecycle.Kind.POST_UPDATE, type);
        if (!pre && !post) {
            return limited.apply(work::getAsInt);
        }
        Map<String, Object> sent = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        String shown = qs.toSql();
        return limited.apply(() -> db.atomic(() -> {
            if (pre) {
                lifecycle.update(Lifecycle.Kind.PRE_UPDATE, type, sent, -1, shown, db.alias());
            }
            int n = work.getAsInt();
            if (post) {
                lifecycle.update(Lifecycle.Kind.POST_UPDATE, type, sent, n, shown, db.alias());
            }
            return n;
        }));
    }

    /** The UPDATE of {@code qs}'s rows, or null when there is nothing to write. */
    private static Sql updateSql(QuerySet<?> qs, Map<FieldInfo, Object> fields, Database db) {
        Query q = qs.query();
        Map<FieldInfo, Expression> set = new LinkedHashMap<>();
        fields.forEach((f, v) -> set.put(f, v instanceof Expression x ? x.resolve(q)
                : Value.of(f, FieldValues.checkLength(f, FieldValues.toDb(f, v)))));
        return WriteCompiler.update(q, set, db.dialect());
    }

    /** A multi-table child's update: each table in the chain sets its own fields for the matching keys. */
    private static int acrossTables(QuerySet<?> qs, Map<FieldInfo, Object> fields, Database db) {
        List<Object> keys = qs.valuesList(Object.class, "pk").list();
        // beside the keys: one value per field, and room for the parameters of expressions among them
        int per = db.dialect().features().rowsPerStatement(1, fields.size() + 10, 0);
        for (ModelInfo<?> table : QuerySets.info(qs).tableChain()) {
            Map<FieldInfo, Object> mine = new LinkedHashMap<>();
            fields.forEach((f, v) -> {
                if (table.holdsColumn(f)) {
                    mine.put(f, v);
                }
            });
            for (int i = 0; !mine.isEmpty() && i < keys.size(); i += per) {
                QuerySet<? extends Model> rows = QuerySet.of(table.type().asSubclass(Model.class)).using(db.alias())
                        .filter("pk__in", keys.subList(i, Math.min(keys.size(), i + per)));
                Sql sql = updateSql(rows, mine, db);
                if (sql != null) {
                    db.update(sql);
                }
            }
        }
        return keys.size();
    }
}
