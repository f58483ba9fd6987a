package dev.covet.orm.field;

import java.util.List;

/** The canonical value of an array field: its elements (canonical each) and what they are. */
public record SqlArray(FieldKind.Storage element, List<Object> items) {
    public SqlArray {
        items = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(items));
    }
}
