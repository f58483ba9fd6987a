package dev.covet.orm.sql.ddl;

import java.util.List;

/**
 * An index: its columns in order, each ascending or descending. A {@code search} index is a full-text
 * index; {@code key} is then its table's primary key column (SQLite's FTS5 table follows the rows by it).
 *
 * @param name       the index's name
 * @param columns    its columns, in order
 * @param descending for each column, whether it is sorted descending
 * @param unique     whether it is unique
 * @param search     whether it is a full-text search index
 * @param key        a search index's table primary key column, else null
 */
public record IndexDef(String name, List<String> columns, List<Boolean> descending, boolean unique, boolean search, String key) {
    /**
     * Copies the lists, so that the definition stays immutable.
     *
     * @param name       the index's name
     * @param columns    its columns, in order
     * @param descending for each column, whether it is sorted descending
     * @param unique     whether it is unique
     * @param search     whether it is a full-text search index
     * @param key        a search index's table primary key column, else null
     */
    public IndexDef {
        columns = List.copyOf(columns);
        descending = List.copyOf(descending);
    }

    /**
     * A plain (not full-text) index.
     *
     * @param name       the index's name
     * @param columns    its columns, in order
     * @param descending for each column, whether it is sorted descending
     * @param unique     whether it is unique
     */
    public IndexDef(String name, List<String> columns, List<Boolean> descending, boolean unique) {
        this(name, columns, descending, unique, false, null);
    }
}
