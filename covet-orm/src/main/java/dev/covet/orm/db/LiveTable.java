package dev.covet.orm.db;

import java.util.List;

/**
 * A table as the database describes it (through JDBC metadata), for migrations that must find the
 * names the database gave to constraints, and for comparing the models with a live schema.
 * Names are as the database reports them. Immutable.
 *
 * @param name        the table's name
 * @param columns     its columns, in the table's order
 * @param primaryKey  the primary key's columns, in key order; empty when it has none
 * @param indexes     its indexes, unique constraints among them
 * @param foreignKeys its foreign key constraints
 */
public record LiveTable(String name, List<Column> columns, List<String> primaryKey, List<Index> indexes,
                        List<ForeignKey> foreignKeys) {

    /**
     * A column: its type as the database names it, its JDBC type, size, scale and nullability.
     *
     * @param name          the column's name
     * @param typeName      the type as the database names it ({@code varchar}, {@code int4}, ...)
     * @param jdbcType      the type as a {@link java.sql.Types} constant
     * @param size          the column size (a string's length, a number's precision)
     * @param scale         the digits after the decimal point
     * @param nullable      whether the column allows NULL
     * @param autoIncrement whether the database fills it from a sequence or counter
     */
    public record Column(String name, String typeName, int jdbcType, int size, int scale, boolean nullable,
                         boolean autoIncrement) {
    }

    /**
     * An index (on PostgreSQL and MariaDB a unique constraint shows as a unique index of its name).
     *
     * @param name    the index's name
     * @param columns its columns, in index order
     * @param unique  whether it is unique
     */
    public record Index(String name, List<String> columns, boolean unique) {
    }

    /**
     * A foreign key constraint of one column.
     *
     * @param name         the constraint's name
     * @param column       the column that holds the key
     * @param targetTable  the table it points at
     * @param targetColumn the column it points at
     */
    public record ForeignKey(String name, String column, String targetTable, String targetColumn) {
    }

    /**
     * The column named {@code name} (case-insensitively), or null.
     *
     * @param name the column's name
     * @return the column, or null when the table has none of that name
     */
    public Column column(String name) {
        return columns.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    /**
     * The indexes over exactly {@code columns}, in that order (case-insensitively).
     *
     * @param columns the column names
     * @return the matching indexes, empty when there are none
     */
    public List<Index> indexesOn(List<String> columns) {
        return indexes.stream().filter(i -> sameNames(i.columns(), columns)).toList();
    }

    /**
     * The foreign keys of {@code column}.
     *
     * @param column the column's name (case-insensitively)
     * @return the foreign keys, empty when the column has none
     */
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
