package dev.covet.orm.meta;

import java.util.List;

/**
 * An index of a model's table.
 *
 * @param name       the index name in the database
 * @param fields     the indexed fields, in order
 * @param descending one flag per field, true where the column is indexed descending
 * @param unique     a unique index
 * @param search     a full-text search index
 */
public record IndexInfo(String name, List<FieldInfo> fields, List<Boolean> descending, boolean unique, boolean search) {
    /**
     * An ordinary (not full-text) index.
     *
     * @param name       the index name in the database
     * @param fields     the indexed fields, in order
     * @param descending one flag per field, true where the column is indexed descending
     * @param unique     a unique index
     */
    public IndexInfo(String name, List<FieldInfo> fields, List<Boolean> descending, boolean unique) {
        this(name, fields, descending, unique, false);
    }
}
