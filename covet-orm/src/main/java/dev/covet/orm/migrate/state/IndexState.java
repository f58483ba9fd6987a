package dev.covet.orm.migrate.state;

import java.util.List;

/**
 * An index of a model: its name, its fields (Java names) in order, each ascending or descending; a
 * {@code search} index is a full-text index.
 */
public record IndexState(String name, List<String> fields, List<Boolean> descending, boolean unique, boolean search) {
    public IndexState {
        fields = List.copyOf(fields);
        descending = List.copyOf(descending);
    }

    public IndexState(String name, List<String> fields, List<Boolean> descending, boolean unique) {
        this(name, fields, descending, unique, false);
    }

    /** The same index under another name. */
    public IndexState withName(String name) {
        return new IndexState(name, fields, descending, unique, search);
    }

    /** Do both index the same fields the same way? */
    public boolean sameColumns(IndexState other) {
        return fields.equals(other.fields) && descending.equals(other.descending) && unique == other.unique
                && search == other.search;
    }
}
