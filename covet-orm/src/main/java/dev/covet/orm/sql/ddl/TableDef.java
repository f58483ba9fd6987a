package dev.covet.orm.sql.ddl;

import java.util.List;

/**
 * A table as DDL creates it, described apart from any model class: columns, unique constraints,
 * foreign keys and the indexes created after it. Immutable.
 */
public record TableDef(String name, List<ColumnDef> columns, List<UniqueDef> uniques, List<ForeignKeyDef> foreignKeys,
                       List<IndexDef> indexes) {
    public TableDef {
        columns = List.copyOf(columns);
        uniques = List.copyOf(uniques);
        foreignKeys = List.copyOf(foreignKeys);
        indexes = List.copyOf(indexes);
    }

    /** The column named {@code name}, or null. */
    public ColumnDef column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    public TableDef withName(String name) {
        return new TableDef(name, columns, uniques, foreignKeys, indexes);
    }
}
