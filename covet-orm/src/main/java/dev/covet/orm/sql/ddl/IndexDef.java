package dev.covet.orm.sql.ddl;

import java.util.List;

/**
 * An index: its columns in order, each ascending or descending. A {@code search} index is a full-text
 * index; {@code key} is then its table's primary key column (SQLite's FTS5 table follows the rows by it).
 */
public record IndexDef(String name, List<String> columns, List<Boolean> descending, boolean unique, boolean search, String key) {
    public IndexDef {
        columns = List.copyOf(columns);
        descending = List.copyOf(descending);
    }

    public IndexDef(String name, List<String> columns, List<Boolean> descending, boolean unique) {
        this(name, columns, descending, unique, false, null);
    }
}
