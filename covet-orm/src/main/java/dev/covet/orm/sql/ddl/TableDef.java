package dev.covet.orm.sql.ddl;

import java.util.List;

/**
 * A table as DDL creates it, described apart from any model class: columns, unique constraints,
 * foreign keys, the indexes created after it and its named constraints. Immutable.
 */
public record TableDef(String name, List<ColumnDef> columns, List<UniqueDef> uniques, List<ForeignKeyDef> foreignKeys,
                       List<IndexDef> indexes, List<ConstraintDef> constraints) {
    public TableDef(String name, List<ColumnDef> columns, List<UniqueDef> uniques, List<ForeignKeyDef> foreignKeys,
                    List<IndexDef> indexes) {
        this(name, columns, uniques, foreignKeys, indexes, List.of());
    }

    public TableDef {
        constraints = List.copyOf(constraints);
        columns = List.copyOf(columns);
        uniques = List.copyOf(uniques);
        foreignKeys = List.copyOf(foreignKeys);
        indexes = List.copyOf(indexes);
    }

    /** The column named {@code name}, or null. */
    public ColumnDef column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    /** The constraint named {@code name}, or null. */
    public ConstraintDef constraint(String name) {
        return constraints.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    public TableDef withName(String name) {
        return new TableDef(name, columns, uniques, foreignKeys, indexes, constraints);
    }
}
