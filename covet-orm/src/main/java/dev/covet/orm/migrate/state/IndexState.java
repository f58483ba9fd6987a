package dev.covet.orm.migrate.state;

import java.util.List;

/** An index of a model: its name, its fields (Java names) in order, each ascending or descending. */
public record IndexState(String name, List<String> fields, List<Boolean> descending, boolean unique) {
    public IndexState {
        fields = List.copyOf(fields);
        descending = List.copyOf(descending);
    }

    /** The same index under another name. */
    public IndexState withName(String name) {
        return new IndexState(name, fields, descending, unique);
    }

    /** Do both index the same fields the same way? */
    public boolean sameColumns(IndexState other) {
        return fields.equals(other.fields) && descending.equals(other.descending) && unique == other.unique;
    }
}
