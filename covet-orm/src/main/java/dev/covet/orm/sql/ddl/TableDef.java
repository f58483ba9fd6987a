package dev.covet.orm.sql.ddl;

import java.util.List;

/**
 * A table as DDL creates it, described apart from any model class: columns, unique constraints,
 * foreign keys, the indexes created after it and its named constraints. Immutable.
 *
 * @param name        the table's name
 * @param columns     its columns, in order
 * @param uniques     its multi-column unique constraints
 * @param foreignKeys its foreign keys
 * @param indexes     the indexes created after the table
 * @param constraints its named CHECK and unique constraints
 */
public record TableDef(String name, List<ColumnDef> columns, List<UniqueDef> uniques, List<ForeignKeyDef> foreignKeys,
                       List<IndexDef> indexes, List<ConstraintDef> constraints) {
    /**
     * A table without named constraints.
     *
     * @param name        the table's name
     * @param columns     its columns, in order
     * @param uniques     its multi-column unique constraints
     * @param foreignKeys its foreign keys
     * @param indexes     the indexes created after the table
     */
    public TableDef(String name, List<ColumnDef> columns, List<UniqueDef> uniques, List<ForeignKeyDef> foreignKeys,
                    List<IndexDef> indexes) {
        this(name, columns, uniques, foreignKeys, indexes, List.of());
    }

    /**
     * Copies the lists, so that the definition stays immutable.
     *
     * @param name        the table's name
     * @param columns     its columns, in order
     * @param uniques     its multi-column unique constraints
     * @param foreignKeys its foreign keys
     * @param indexes     the indexes created after the table
     * @param constraints its named CHECK and unique constraints
     */
    public TableDef {
        constraints = List.copyOf(constraints);
        columns = List.copyOf(columns);
        uniques = List.copyOf(uniques);
        foreignKeys = List.copyOf(foreignKeys);
        indexes = List.copyOf(indexes);
    }

    /**
     * The column named {@code name}, or null.
     *
     * @param name the column's name
     * @return the column, or null when there is none of that name
     */
    public ColumnDef column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    /**
     * The constraint named {@code name}, or null.
     *
     * @param name the constraint's name
     * @return the constraint, or null when there is none of that name
     */
    public ConstraintDef constraint(String name) {
        return constraints.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    /**
     * This table under another name (a SQLite rebuild's new table, a renamed model's).
     *
     * @param name the new name
     * @return the changed copy
     */
    public TableDef withName(String name) {
        return new TableDef(name, columns, uniques, foreignKeys, indexes, constraints);
    }
}
