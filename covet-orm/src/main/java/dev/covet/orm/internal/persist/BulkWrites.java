package dev.covet.orm.internal.persist;

import dev.covet.orm.db.Database;
import dev.covet.orm.exception.DatabaseError;
import dev.covet.orm.exception.FieldError;
import dev.covet.orm.exception.ValidationError;
import dev.covet.orm.meta.Entity;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.FieldValues;
import dev.covet.orm.meta.Instances;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.meta.RelationValues;
import dev.covet.orm.query.Value;
import dev.covet.orm.sql.BulkLoader;
import dev.covet.orm.sql.Dialect;
import dev.covet.orm.sql.Sql;
import dev.covet.orm.sql.WriteCompiler;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@code bulkCreate}, {@code bulkUpdate} and {@code inBulk}: many rows per statement, batched so that
 * no statement exceeds the database's parameter limit, inside one transaction. No signals are sent.
 * Stateless; safe to call from any thread.
 */
public final class BulkWrites {
    /**
     * From how many rows {@code bulkCreate} without a batch size loads through the database's bulk loader
     * (PostgreSQL's COPY) instead of multi-row INSERTs.
     */
    public static final int LOAD_FROM = 1_000;

    private BulkWrites() {
    }

    /**
     * {@code bulkCreate}: inserts {@code objects} in as few multi-row statements as fit, filling in their generated keys.
     *
     * @param <T> the model
     * @param info the model the rows are of
     * @param database the database the rows go to, asked once there are rows
     * @param objects the new instances
     * @param batchSize rows per statement, or 0 for as many as fit
     * @return {@code objects}, saved
     */
    public static <T extends Entity> List<T> create(ModelInfo<T> info, Supplier<Database> database, List<T> objects, int batchSize) {
        return create(info, database, objects, batchSize, null, null);
    }

    /**
     * {@code bulkCreate} with {@code onConflict}: conflicting rows are skipped or update the existing ones; keys are not read back.
     *
     * @param <T> the model
     * @param info the model the rows are of
     * @param database the database the rows go to, asked once there are rows
     * @param objects the new instances
     * @param batchSize rows per statement, or 0 for as many as fit
     * @param uniqueFields on a conflict: the fields whose uniqueness it is about, or null to fail on a conflict
     * @param updateFields on a conflict: the fields to update in the existing row; empty to skip the new one
     * @return {@code objects}, saved
     */
    public static <T extends Entity> List<T> create(ModelInfo<T> info, Supplier<Database> database, List<T> objects, int batchSize,
                                                    List<String> uniqueFields, List<String> updateFields) {
        if (batchSize < 0) {
            throw new IllegalArgumentException("batchSize must be 0 (as many as fit) or more, not " + batchSize);
        }
        if (objects.isEmpty()) {
            return objects;
        }
        Database db = database.get();
        Dialect d = db.dialect();
        boolean onConflict = uniqueFields != null;
        if (info.tableChain().size() > 1) {
            // one INSERT per table and row would be save() in a loop; Django refuses too
            throw new IllegalArgumentException("bulkCreate() cannot create " + info.name() + " rows: a multi-table child spans "
                    + info.tableChain().size() + " tables; use create() or save() for each");
        }
        FieldInfo pk = info.pk();
        List<T> withKey = new ArrayList<>();
        List<T> withoutKey = new ArrayList<>();
        for (T obj : objects) {
            if (obj.getClass() != info.type()) {
                throw new IllegalArgumentException("bulkCreate() of " + info.name() + " was given a " + obj.getClass().getSimpleName());
            }
            prepare(obj, info);
            (pk.isAutoIncrement() && pk.dbValue(obj) == null ? withoutKey : withKey).add(obj);
        }
        List<FieldInfo> fields = info.columns().stream().filter(f -> f != pk).toList();
        String conflict = onConflict ? conflictClause(uniqueFields, updateFields, info, d) : "";
        // which rows a conflict skipped the databases do not say, so keys are not read back then
        FieldInfo readKey = onConflict ? null : pk;
        BulkLoader loader = d.bulkLoader();
        if (!onConflict && batchSize == 0 && objects.size() >= LOAD_FROM && loader != null
                && loader.canLoad(info.columns()) && BulkLoads.load(objects, withoutKey, loader, info, db)) {
            for (T obj : objects) {
                Instances.loaded(obj, db.alias());
            }
            return objects;
        }
        Runnable work = () -> {
            insert(withKey, info.columns(), null, info, db, batchSize, conflict);
            insert(withoutKey, fields, readKey, info, db, batchSize, conflict);
        };
        if (statements(withKey.size(), info.columns().size(), d, batchSize)
                + statements(withoutKey.size(), fields.size(), d, batchSize) == 1) {
            // one statement is all-or-nothing by itself: a transaction around it would only add round trips
            work.run();
        } else {
            db.atomic(work);
        }
        for (T obj : objects) {
            Instances.loaded(obj, db.alias());
        }
        return objects;
    }

    /** How many INSERTs {@link #insert} sends for {@code rows} rows of {@code columns} columns. */
    private static int statements(int rows, int columns, Dialect d, int batchSize) {
        if (rows == 0) {
            return 0;
        }
        if (columns == 0) {
            return rows;
        }
        int perStatement = rowsPerStatement(columns, d, batchSize);
        return (rows + perStatement - 1) / perStatement;
    }

    private static int rowsPerStatement(int columns, Dialect d, int batchSize) {
        return d.features().rowsPerStatement(columns, 0, batchSize);
    }

    private static void prepare(Entity obj, ModelInfo<?> info) {
        boolean adding = Instances.isAdding(obj);
        for (FieldInfo f : info.columns()) {
            if (f.relation() != null && f.value(obj) instanceof RelationValues.Key ref && ref.hasUnsavedTarget()) {
                throw ValidationError.of(f.name(), "bulkCreate() prohibited to prevent data loss due to unsaved related object '"
                        + f.name() + "'.");
            }
            if (f.isAutoNow() || (f.isAutoNowAdd() && adding)) {
                f.setValue(obj, f.converter().fromDb(Persister.now(f)));
            }
            if (f.isAutoGenerate() && f.value(obj) == null) {
                f.setValue(obj, UUID.randomUUID());
            }
        }
    }

    private static String conflictClause(List<String> uniqueFields, List<String> updateFields, ModelInfo<?> info, Dialect d) {
        List<String> unique = new ArrayList<>();
        for (String name : uniqueFields) {
            unique.add(column(info, name, "unique field").column());
        }
        List<String> update = new ArrayList<>();
        for (String name : updateFields) {
            FieldInfo f = column(info, name, "field to update");
            if (f.isPrimaryKey()) {
                throw new FieldError("bulkCreate() cannot update the primary key " + f + " on a conflict");
            }
            update.add(f.column());
        }
        return d.writes().onConflict(unique, update, info.pk().column());
    }

    private static FieldInfo column(ModelInfo<?> info, String name, String what) {
        FieldInfo f = info.findField(name);
        if (f == null || !f.hasColumn()) {
            throw new FieldError("bulkCreate() " + what + " '" + name + "' is not a column of " + info.name()
                    + ". Choices are: " + String.join(", ", info.columns().stream().map(FieldInfo::name).toList()));
        }
        return f;
    }

    private static <T extends Entity> void insert(List<T> objects, List<FieldInfo> fields, FieldInfo generatedKey,
                                                 ModelInfo<T> info, Database db, int batchSize, String conflict) {
        if (objects.isEmpty()) {
            return;
        }
        Dialect d = db.dialect();
        if (fields.isEmpty()) {
            // nothing but an auto key: one row of defaults at a time
            for (T obj : objects) {
                Sql sql = WriteCompiler.insert(info, fields, List.of(List.of()), d.features().supportsReturning() ? generatedKey : null, d);
                generatedKey.setDbValue(obj, db.insert(sql, d.codec(generatedKey.storage()), d.features().supportsReturning()).getFirst());
            }
            return;
        }
        int perStatement = rowsPerStatement(fields.size(), d, batchSize);
        boolean returning = generatedKey != null && d.features().supportsReturning();
        for (int from = 0; from < objects.size(); from += perStatement) {
            List<T> batch = objects.subList(from, Math.min(objects.size(), from + perStatement));
            List<List<Value>> rows = new ArrayList<>(batch.size());
            for (T obj : batch) {
                List<Value> row = new ArrayList<>(fields.size());
                for (FieldInfo f : fields) {
                    row.add(Value.of(f, FieldValues.checkLength(f, f.dbValue(obj))));
                }
                rows.add(row);
            }
            Sql sql = WriteCompiler.insert(info, fields, rows, returning ? generatedKey : null, d, conflict);
            if (generatedKey == null) {
                db.update(sql);
                continue;
            }
            List<Object> keys = new ArrayList<>(db.insert(sql, d.codec(generatedKey.storage()), returning));
            if (keys.size() != batch.size()) {
                throw new DatabaseError("bulkCreate() inserted " + batch.size() + " " + info.name() + " rows but got "
                        + keys.size() + " keys back");
            }
            // auto-increment keys rise in the order rows were inserted, whatever order RETURNING lists them in
            keys.sort(Comparator.comparingLong(k -> ((Number) k).longValue()));
            for (int i = 0; i < batch.size(); i++) {
                generatedKey.setDbValue(batch.get(i), keys.get(i));
            }
        }
    }

    /**
     * {@code bulkUpdate}: writes the named fields of {@code objects}, one statement per batch and table, in one transaction.
     *
     * @param <T> the model
     * @param info the model the rows are of
     * @param database the database the rows are in, asked once there are rows
     * @param objects saved instances
     * @param names the fields to write
     * @param batchSize rows per statement, or 0 for as many as fit
     * @return the number of rows updated
     */
    public static <T extends Entity> int update(ModelInfo<T> info, Supplier<Database> database, List<T> objects, List<String> names,
                                               int batchSize) {
        if (batchSize < 0) {
            throw new IllegalArgumentException("batchSize must be 0 (as many as fit) or more, not " + batchSize);
        }
        if (names.isEmpty()) {
            throw new FieldError("bulkUpdate() needs the names of the fields to update");
        }
        List<FieldInfo> fields = new ArrayList<>();
        for (String n : names) {
            FieldInfo f = info.findField(n);
            if (f == null || !f.hasColumn()) {
                throw FieldError.unknown(n, info.name(), info.columns().stream().map(FieldInfo::name).toList());
            }
            if (f.isPrimaryKey()) {
                throw new FieldError("bulkUpdate() cannot update primary key fields: " + n);
            }
            fields.add(f);
        }
        if (objects.isEmpty()) {
            return 0;
        }
        FieldInfo pk = info.pk();
        for (T obj : objects) {
            if (pk.dbValue(obj) == null) {
                throw new IllegalArgumentException("All bulkUpdate() objects must have a primary key set.");
            }
        }
        Database db = database.get();
        Dialect d = db.dialect();
        // per row: its key and a value in each field's CASE, and its key in the IN list
        int batch = d.features().rowsPerStatement(2 * fields.size() + 1, 0, batchSize);
        return db.atomic(() -> {
            int total = 0;
            for (int from = 0; from < objects.size(); from += batch) {
                List<T> part = objects.subList(from, Math.min(objects.size(), from + batch));
                int rows = 0;
                // a multi-table child's fields are spread over its tables: one statement per table that holds some
                for (ModelInfo<?> table : info.tableChain()) {
                    List<FieldInfo> held = fields.stream().filter(table::holdsColumn).toList();
                    if (!held.isEmpty()) {
                        rows = Math.max(rows, db.update(WriteCompiler.bulkUpdate(table, held, keys(part, table.pk()),
                                values(part, held), d)));
                    }
                }
                total += rows;
            }
            return total;
        });
    }

    private static List<Value> keys(List<? extends Entity> objects, FieldInfo pk) {
        List<Value> keys = new ArrayList<>(objects.size());
        for (Entity obj : objects) {
            keys.add(new Value(pk.dbValue(obj), pk.storage()));
        }
        return keys;
    }

    private static List<List<Value>> values(List<? extends Entity> objects, List<FieldInfo> fields) {
        List<List<Value>> values = new ArrayList<>(objects.size());
        for (Entity obj : objects) {
            List<Value> row = new ArrayList<>(fields.size());
            for (FieldInfo f : fields) {
                row.add(Value.of(f, FieldValues.checkLength(f, f.dbValue(obj))));
            }
            values.add(row);
        }
        return values;
    }
}
