package dev.covet.orm.schema;

import dev.covet.orm.db.Database;
import dev.covet.orm.db.LiveTable;
import dev.covet.orm.query.Value;
import dev.covet.orm.sql.Dialect;
import dev.covet.orm.sql.DdlSpelling.ConstraintKind;
import dev.covet.orm.sql.Sql;
import dev.covet.orm.sql.ddl.ColumnDef;
import dev.covet.orm.sql.ddl.ConstraintDef;
import dev.covet.orm.sql.ddl.ForeignKeyDef;
import dev.covet.orm.sql.ddl.IndexDef;
import dev.covet.orm.sql.ddl.TableDef;
import dev.covet.orm.sql.ddl.TableSql;
import dev.covet.orm.sql.ddl.UniqueDef;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Changes tables described by {@link TableDef}s, one statement at a time into a sink (which runs them,
 * or collects them for {@code sqlmigrate}). Where the database cannot make a change with ALTER TABLE
 * (SQLite), the table is rebuilt: a new table of the new shape, its rows copied, the old one dropped
 * and the new one renamed, its indexes made again. Names the database chose (a unique constraint, a
 * foreign key) are looked up in the live schema when there is one. Not thread-safe; one per migration.
 */
public final class TableEditor {
    private final Dialect d;
    private final Database database;
    private final Consumer<Sql> sink;

    /**
     * An editor on {@code database}'s dialect; {@code database} may be null when only collecting statements.
     *
     * @param dialect the dialect the statements are written for
     * @param database the database whose live schema names constraints, or null
     * @param sink receives each statement, in order
     */
    public TableEditor(Dialect dialect, Database database, Consumer<Sql> sink) {
        this.d = dialect;
        this.database = database;
        this.sink = sink;
    }

    /**
     * The dialect the statements are written for (Django's {@code schema_editor.connection.ops}).
     *
     * @return the dialect
     */
    public Dialect dialect() {
        return d;
    }

    private void emit(String sql) {
        sink.accept(Sql.of(sql));
    }

    /**
     * A statement written by hand (RunSQL), passed on as it is.
     *
     * @param sql the statement and its parameters
     */
    public void raw(Sql sql) {
        sink.accept(sql);
    }

    /**
     * Creates table {@code t} with its constraints, then its indexes and partial unique indexes (Django's
     * {@code schema_editor.create_model}).
     *
     * @param t the table to create
     */
    public void createTable(TableDef t) {
        emit(TableSql.createTable(t, t.name(), d));
        for (IndexDef i : t.indexes()) {
            TableSql.createIndexes(t.name(), i, d, false).forEach(this::emit);
        }
        partialUniques(t);
    }

    /** The unique constraints with a condition, made as partial unique indexes once the table is there. */
    private void partialUniques(TableDef t) {
        for (ConstraintDef c : t.constraints()) {
            if (c.isPartialUnique()) {
                emit(TableSql.createPartialUnique(t.name(), c, d));
            }
        }
    }

    /**
     * Adds constraint {@code c} ({@code after} is the table with it). SQLite cannot add a CHECK or a
     * UNIQUE constraint to a table: the table is rebuilt with it, its rows checked as they are copied.
     *
     * @param before the table as it is
     * @param after the table with the constraint
     * @param c the constraint to add
     */
    public void addConstraint(TableDef before, TableDef after, ConstraintDef c) {
        if (d.ddl().rebuildsTablesToAlter() && !c.isPartialUnique()) {
            rebuild(before, after, sameColumns(before, after));
            return;
        }
        emit(TableSql.addConstraint(after.name(), c, d));
    }

    /**
     * Drops constraint {@code c} ({@code after} is the table without it); SQLite rebuilds the table.
     *
     * @param before the table with the constraint
     * @param after the table without it
     * @param c the constraint to drop
     */
    public void dropConstraint(TableDef before, TableDef after, ConstraintDef c) {
        if (d.ddl().rebuildsTablesToAlter() && !c.isPartialUnique()) {
            rebuild(before, after, sameColumns(before, after));
            return;
        }
        emit(TableSql.dropConstraint(before.name(), c, d));
    }

    /**
     * Drops {@code table}, which must exist (Django's {@code schema_editor.delete_model}).
     *
     * @param table the table, unquoted
     */
    public void dropTable(String table) {
        emit(TableSql.dropTable(table, d));
    }

    /**
     * Renames a table (Django's {@code schema_editor.alter_db_table}).
     *
     * @param from the current name, unquoted
     * @param to the new name, unquoted
     */
    public void renameTable(String from, String to) {
        emit(d.ddl().renameTable(from, to));
    }

    /**
     * Adds {@code column} (as it is in {@code after}); existing rows get {@code fill} (a parameter, never
     * pasted into the SQL) when it is not null.
     *
     * @param before the table without the column
     * @param after the table with it
     * @param column the column to add
     * @param fill the value existing rows get, or null to leave them NULL (or at the column's database default)
     */
    public void addColumn(TableDef before, TableDef after, ColumnDef column, Value fill) {
        // SQLite adds no column with a non-constant default: a column with a database default is rebuilt in
        boolean simple = column.nullable() && !column.unique() && fill == null && foreignKey(after, column.name()) == null
                && column.dbDefault() == null;
        if (d.ddl().rebuildsTablesToAlter() && !simple) {
            Map<String, Sql> copy = sameColumns(before, after);
            if (fill != null || column.dbDefault() == null) {
                copy.put(column.name(), TableSql.value(fill));
            }   // else the copied rows take the column's database default
            rebuild(before, after, copy);
            return;
        }
        if (fill != null) {
            ColumnDef loose = new ColumnDef(column.name(), column.type(), true, false, false, false, null, column.dbDefault());
            emit(TableSql.addColumn(after.name(), loose, d));
            sink.accept(TableSql.fill(after.name(), column.name(), fill, false, d));
            if (!column.nullable()) {
                d.ddl().alterColumn(after.name(), column.name(), d.ddl().columnType(column.type()), true, false, false).forEach(this::emit);
                if (column.dbDefault() != null) {
                    // MariaDB's MODIFY restates the column without its default
                    emit(TableSql.setDefault(after.name(), column.name(), column.type(), column.dbDefault(), d));
                }
            }
            if (column.unique()) {
                emit(TableSql.addConstraint(after.name(), TableSql.unique(new UniqueDef(column.uniqueName(), List.of(column.name())), d), d));
            }
        } else {
            emit(TableSql.addColumn(after.name(), column, d));
            if (column.unique()) {
                emit(TableSql.addConstraint(after.name(), TableSql.unique(new UniqueDef(column.uniqueName(), List.of(column.name())), d), d));
            }
        }
        ForeignKeyDef fk = foreignKey(after, column.name());
        if (fk != null) {
            emit(TableSql.addConstraint(after.name(), TableSql.foreignKey(fk, d), d));
        }
        for (IndexDef i : after.indexes()) {
            if (i.columns().equals(List.of(column.name()))) {
                TableSql.createIndexes(after.name(), i, d, false).forEach(this::emit);
            }
        }
    }

    /**
     * Drops {@code column} of {@code before} (its keys, constraints and indexes with it).
     *
     * @param before the table with the column
     * @param after the table without it
     * @param column the column's name
     */
    public void dropColumn(TableDef before, TableDef after, String column) {
        if (d.ddl().rebuildsTablesToAlter()) {
            rebuild(before, after, sameColumns(before, after));
            return;
        }
        for (String fk : liveForeignKeys(before, column)) {
            emit(d.ddl().dropConstraint(before.name(), fk, ConstraintKind.FOREIGN_KEY));
        }
        emit(d.ddl().dropColumn(before.name(), column));
    }

    /**
     * Writes {@code value} into the rows where {@code column} is NULL (before it becomes NOT NULL).
     *
     * @param table the table, unquoted
     * @param column the column, unquoted
     * @param value the value written, as a parameter
     */
    public void fillNulls(String table, String column, Value value) {
        sink.accept(TableSql.fill(table, column, value, true, d));
    }

    /**
     * Renames a column; everything else about it stays.
     *
     * @param table the table, unquoted
     * @param from the current column name
     * @param to the new column name
     */
    public void renameColumn(String table, String from, String to) {
        emit(d.ddl().renameColumn(table, from, to));
    }

    /**
     * Changes column {@code from} of {@code before} into {@code to} of {@code after}: its name, type,
     * nullability, uniqueness, foreign key and index, each only when it changed.
     *
     * @param before the table as it is
     * @param after the table as it becomes
     * @param from the column as it is
     * @param to the column as it becomes
     */
    public void alterColumn(TableDef before, TableDef after, ColumnDef from, ColumnDef to) {
        if (d.ddl().rebuildsTablesToAlter()) {
            Map<String, Sql> copy = sameColumns(before, after);
            copy.put(to.name(), TableSql.column(from.name(), d));
            rebuild(before, after, copy);
            return;
        }
        String table = after.name();
        ForeignKeyDef oldFk = foreignKey(before, from.name());
        ForeignKeyDef newFk = foreignKey(after, to.name());
        boolean typeChanged = !from.type().equals(to.type());
        boolean fkChanged = typeChanged || !Objects.equals(oldFk == null ? null : List.of(oldFk.targetTable(), oldFk.targetColumn()),
                newFk == null ? null : List.of(newFk.targetTable(), newFk.targetColumn()));
        // Additions come before removals, so that on a database whose DDL is not transactional a change
        // that fails (a unique constraint over duplicates) leaves what was there, and can be run again.
        // A key whose column changes type must go first, though: the database would refuse the change.
        if (oldFk != null && fkChanged) {
            for (String fk : liveForeignKeys(before, from.name())) {
                emit(d.ddl().dropConstraint(table, fk, ConstraintKind.FOREIGN_KEY));
            }
        }
        if (!from.name().equals(to.name())) {
            emit(d.ddl().renameColumn(table, from.name(), to.name()));
        }
        boolean redefined = typeChanged || from.nullable() != to.nullable();
        if (redefined) {
            d.ddl().alterColumn(table, to.name(), d.ddl().columnType(to.type()), from.nullable(), to.nullable(), typeChanged).forEach(this::emit);
        }
        // a redefinition may drop the default (MariaDB's MODIFY restates the whole column), so it is set again
        if (!Objects.equals(from.dbDefault(), to.dbDefault()) || (redefined && to.dbDefault() != null)) {
            emit(TableSql.setDefault(table, to.name(), to.type(), to.dbDefault(), d));
        }
        if (to.unique() && !from.unique()) {
            emit(TableSql.addConstraint(table, TableSql.unique(new UniqueDef(to.uniqueName(), List.of(to.name())), d), d));
        }
        if (newFk != null && (oldFk == null || fkChanged)) {
            emit(TableSql.addConstraint(table, TableSql.foreignKey(newFk, d), d));
        }
        for (IndexDef i : after.indexes()) {
            if (i.columns().equals(List.of(to.name())) && before.indexes().stream().noneMatch(x -> x.name().equals(i.name()))) {
                TableSql.createIndexes(table, i, d, false).forEach(this::emit);
            }
        }
        if (from.unique() && !to.unique()) {
            emit(d.ddl().dropConstraint(table, liveUniqueName(table, List.of(to.name()), from.uniqueName()), ConstraintKind.UNIQUE));
        }
        for (IndexDef i : before.indexes()) {
            if (i.columns().equals(List.of(from.name())) && after.indexes().stream().noneMatch(x -> x.name().equals(i.name()))) {
                dropIndex(table, i);
            }
        }
    }

    /**
     * Creates {@code index} (Django's {@code schema_editor.add_index}).
     *
     * @param table the table, unquoted
     * @param index the index
     * @param concurrently whether to build it without blocking writes, where the database can
     */
    public void addIndex(String table, IndexDef index, boolean concurrently) {
        TableSql.createIndexes(table, index, d, concurrently).forEach(this::emit);
    }

    /**
     * Drops the index named {@code index} (Django's {@code schema_editor.remove_index}).
     *
     * @param table the index's table, unquoted
     * @param index the index's name
     */
    public void dropIndex(String table, String index) {
        emit(d.ddl().dropIndex(table, index));
    }

    /**
     * Drops {@code index} (a search index with what keeps it in sync).
     *
     * @param table the index's table, unquoted
     * @param index the index as it was defined
     */
    public void dropIndex(String table, IndexDef index) {
        TableSql.dropIndexes(table, index, d).forEach(this::emit);
    }

    /**
     * Renames an index; where the database cannot, drops it and creates {@code index} (its new definition).
     *
     * @param table the index's table, unquoted
     * @param from the index's current name
     * @param index the index under its new name
     */
    public void renameIndex(String table, String from, IndexDef index) {
        if (index.search()) {
            dropIndex(table, new IndexDef(from, index.columns(), index.descending(), index.unique(), true, index.key()));
            TableSql.createIndexes(table, index, d, false).forEach(this::emit);
            return;
        }
        String sql = d.ddl().renameIndex(table, from, index.name());
        if (sql == null) {
            emit(d.ddl().dropIndex(table, from));
            TableSql.createIndexes(table, index, d, false).forEach(this::emit);
        } else {
            emit(sql);
        }
    }

    /**
     * Makes the table's multi-column unique constraints those of {@code after}.
     *
     * @param before the table as it is
     * @param after the table with the unique constraints it should have
     */
    public void alterUniques(TableDef before, TableDef after) {
        if (d.ddl().rebuildsTablesToAlter()) {
            rebuild(before, after, sameColumns(before, after));
            return;
        }
        for (UniqueDef u : before.uniques()) {
            if (after.uniques().stream().noneMatch(x -> x.columns().equals(u.columns()))) {
                emit(d.ddl().dropConstraint(before.name(), liveUniqueName(before.name(), u.columns(), u.name()), ConstraintKind.UNIQUE));
            }
        }
        for (UniqueDef u : after.uniques()) {
            if (before.uniques().stream().noneMatch(x -> x.columns().equals(u.columns()))) {
                emit(TableSql.addConstraint(after.name(), TableSql.unique(u, d), d));
            }
        }
    }

    /**
     * Rebuilds {@code before} as {@code after}: each column of the new table is filled from the SQL
     * expression {@code copy} gives for it (a column of the old table, or a parameter).
     *
     * @param before the table as it is
     * @param after the table as it becomes
     * @param copy for each column of {@code after} to fill, the expression it is copied from; columns missing get their defaults
     */
    public void rebuild(TableDef before, TableDef after, Map<String, Sql> copy) {
        String temp = "new__" + after.name();
        emit(TableSql.createTable(after, temp, d));
        List<String> columns = new ArrayList<>();
        List<Sql> values = new ArrayList<>();
        for (ColumnDef c : after.columns()) {
            Sql value = copy.get(c.name());
            if (value != null) {
                columns.add(c.name());
                values.add(value);
            }
        }
        sink.accept(TableSql.copyRows(temp, columns, values, before.name(), d));
        emit(TableSql.dropTable(before.name(), d));
        emit(d.ddl().renameTable(temp, after.name()));
        for (IndexDef i : after.indexes()) {
            TableSql.createIndexes(after.name(), i, d, false).forEach(this::emit);
        }
        partialUniques(after);
    }

    /** The columns both tables share by name, copied as they are. */
    private Map<String, Sql> sameColumns(TableDef before, TableDef after) {
        Map<String, Sql> out = new LinkedHashMap<>();
        for (ColumnDef c : after.columns()) {
            if (before.column(c.name()) != null) {
                out.put(c.name(), TableSql.column(c.name(), d));
            }
        }
        return out;
    }

    private static ForeignKeyDef foreignKey(TableDef t, String column) {
        return t.foreignKeys().stream().filter(f -> f.column().equals(column)).findFirst().orElse(null);
    }

    private LiveTable live(String table) {
        if (database == null) {
            return null;
        }
        return database.introspect().get(table.toLowerCase(Locale.ROOT));
    }

    /** The names the database gave the foreign keys of {@code column} (the computed one when it cannot say). */
    private List<String> liveForeignKeys(TableDef t, String column) {
        LiveTable live = live(t.name());
        if (live != null) {
            List<String> names = live.foreignKeysOf(column).stream().map(LiveTable.ForeignKey::name).filter(Objects::nonNull).toList();
            if (!names.isEmpty()) {
                return names;
            }
        }
        ForeignKeyDef fk = foreignKey(t, column);
        return fk == null ? List.of() : List.of(fk.name());
    }

    private String liveUniqueName(String table, List<String> columns, String computed) {
        LiveTable live = live(table);
        if (live != null) {
            for (LiveTable.Index i : live.indexesOn(columns)) {
                if (i.unique()) {
                    return i.name();
                }
            }
        }
        return computed;
    }
}
