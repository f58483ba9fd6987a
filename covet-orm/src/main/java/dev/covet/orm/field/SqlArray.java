package dev.covet.orm.field;

import java.util.List;

/**
 * The canonical value of an array field: its elements (canonical each) and what they are.
 *
 * @param element the storage of every element
 * @param items the elements, canonical each; the record keeps an unmodifiable copy
 */
public record SqlArray(FieldKind.Storage element, List<Object> items) {
    /** Copies {@code items} into an unmodifiable list. */
    public SqlArray {
        items = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(items));
    }
}
