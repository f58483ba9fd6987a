package dev.covet.orm.sql;

import dev.covet.orm.field.FieldKind;
import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.query.Value;
import dev.covet.orm.sql.ddl.ColumnDef;
import dev.covet.orm.sql.ddl.ColumnType;
import dev.covet.orm.sql.ddl.TableDef;
import dev.covet.orm.sql.ddl.TableSql;
import dev.covet.orm.sql.ddl.UniqueDef;

import java.time.Instant;
import java.util.List;

/**
 * The statements of the table that records applied migrations ({@code covet_migrations}): one row per
 * migration, with the checksum of its file and, while a migration that could not run in one
 * transaction is part-way through, how many of its operations are done.
 */
public final class RecorderSql {
    /** The table's name. */
    public static final String TABLE = "covet_migrations";

    private RecorderSql() {
    }

    /**
     * CREATE TABLE for the migration record.
     *
     * @param d the dialect to write for
     * @return the statement
     */
    public static String createTable(Dialect d) {
        ColumnType text = new ColumnType(FieldKind.CHAR, Storage.STRING, null, 255, 0, 0, false);
        TableDef t = new TableDef(TABLE, List.of(
                new ColumnDef("id", new ColumnType(FieldKind.AUTO, Storage.INT, null, 0, 0, 0, false), false, true, true, false, null),
                new ColumnDef("app", text, false, false, false, false, null),
                new ColumnDef("name", text, false, false, false, false, null),
                new ColumnDef("checksum", new ColumnType(FieldKind.CHAR, Storage.STRING, null, 64, 0, 0, false), false, false, false, false, null),
                new ColumnDef("applied_at", new ColumnType(FieldKind.DATETIME, Storage.TIMESTAMP, null, 0, 0, 0, false), false, false, false, false, null),
                new ColumnDef("progress", new ColumnType(FieldKind.INTEGER, Storage.INT, null, 0, 0, 0, false), true, false, false, false, null)),
                List.of(new UniqueDef(TABLE + "_app_name_uniq", List.of("app", "name"))), List.of(), List.of());
        return TableSql.createTable(t, TABLE, d);
    }

    /**
     * app, name, checksum, applied_at, progress of every row.
     *
     * @param d the dialect to write for
     * @return the query, rows in the order they were applied
     */
    public static Sql select(Dialect d) {
        return Sql.of("SELECT " + cols(d, "app", "name", "checksum", "applied_at", "progress") + " FROM " + d.quote(TABLE)
                + " ORDER BY " + d.quote("id"));
    }

    /**
     * Records that a migration was applied, or part-way through.
     *
     * @param d the dialect to write for
     * @param app the migration's app label
     * @param name the migration's name
     * @param checksum the checksum of its file
     * @param at when it was applied
     * @param progress how many of its operations are done, or null for all of them
     * @return the INSERT with its parameters
     */
    public static Sql insert(Dialect d, String app, String name, String checksum, Instant at, Integer progress) {
        return new Sql("INSERT INTO " + d.quote(TABLE) + " (" + cols(d, "app", "name", "checksum", "applied_at", "progress")
                + ") VALUES (?, ?, ?, ?, ?)", List.of(Value.of(app), Value.of(name), Value.of(checksum),
                new Value(at, Storage.TIMESTAMP), new Value(progress, Storage.INT)));
    }

    /**
     * Forgets a migration (it was unapplied).
     *
     * @param d the dialect to write for
     * @param app the migration's app label
     * @param name the migration's name
     * @return the DELETE with its parameters
     */
    public static Sql delete(Dialect d, String app, String name) {
        return new Sql("DELETE FROM " + d.quote(TABLE) + " WHERE " + d.quote("app") + " = ? AND " + d.quote("name") + " = ?",
                List.of(Value.of(app), Value.of(name)));
    }

    private static String cols(Dialect d, String... names) {
        return String.join(", ", List.of(names).stream().map(d::quote).toList());
    }
}
