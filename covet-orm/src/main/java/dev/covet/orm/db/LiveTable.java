package dev.covet.orm.db;

import java.util.List;

/**
 * A table as the database describes it (through JDBC metadata), for migrations that must find the
 * names the database gave to constraints, and for comparing the models with a live schema.
 * Names are as the database reports them. Immutable.
 */
public record LiveTable(String name, List<Column> columns, List<String> primaryKey, List<Index> indexes,
                        List<ForeignKey> foreignKeys) {

    /** A column: its type as the database names it, its JDBC type, size, scale and nullability. */
    public record Column(String name, String typeName, int jdbcType, int size, int scale, boolean nullable,
                         boolean autoIncrement) {
    }

    /** An index (on PostgreSQL and MariaDB a unique constraint shows as a unique index of its name). */
    public record Index(String name, List<String> columns, boolean unique) {
    }

    /** A foreign key constraint of one column. */
    public record ForeignKey(String name, String column, String targetTable, String targetColumn) {
    }

    /** The column named {@code name} (case-insensitively), or null. */
    public Column column(String name) {
        return columns.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    /** The indexes over exactly {@code columns}, in that order (case-insensitively). */
    public List<Index> indexesOn(List<String> columns) {
        return indexes.stream().filter(i -> sameNames(i.columns(), columns)).toList();
    }

    /** The foreign keys of {@code column}. */
    public List<ForeignKey> foreignKeysOf(String column) {
        return foreignKeys.stream().filter(f -> f.column().equalsIgnoreCase(column)).toList();
    }

    private static boolean sameNames(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equalsIgnoreCase(b.get(i))) {
                return false;
            }
        }
        return true;
    }
}
