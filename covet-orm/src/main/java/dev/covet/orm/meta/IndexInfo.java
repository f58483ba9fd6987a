package dev.covet.orm.meta;

import java.util.List;

/**
 * An index of a model's table.
 *
 * @param descending one flag per field, true where the column is indexed descending
 * @param search     a full-text search index
 */
public record IndexInfo(String name, List<FieldInfo> fields, List<Boolean> descending, boolean unique, boolean search) {
    public IndexInfo(String name, List<FieldInfo> fields, List<Boolean> descending, boolean unique) {
        this(name, fields, descending, unique, false);
    }
}
