package dev.covet.orm.meta;

import java.util.List;

/**
 * An index of a model's table.
 *
 * @param descending one flag per field, true where the column is indexed descending
 */
public record IndexInfo(String name, List<FieldInfo> fields, List<Boolean> descending, boolean unique) {
}
