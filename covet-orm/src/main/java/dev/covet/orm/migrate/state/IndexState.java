package dev.covet.orm.migrate.state;

import java.util.List;

/**
 * An index of a model: its name, its fields (Java names) in order, each ascending or descending; a
 * {@code search} index is a full-text index.
 *
 * @param name       the index's name
 * @param fields     its fields' Java names, in order
 * @param descending for each field, whether it is sorted descending
 * @param unique     whether it is unique
 * @param search     whether it is a full-text search index
 */
public record IndexState(String name, List<String> fields, List<Boolean> descending, boolean unique, boolean search) {
    /**
     * Copies the lists, so that the state stays immutable.
     *
     * @param name       the index's name
     * @param fields     its fields' Java names, in order
     * @param descending for each field, whether it is sorted descending
     * @param unique     whether it is unique
     * @param search     whether it is a full-text search index
     */
    public IndexState {
        fields = List.copyOf(fields);
        descending = List.copyOf(descending);
    }

    /**
     * A plain (not full-text) index.
     *
     * @param name       the index's name
     * @param fields     its fields' Java names, in order
     * @param descending for each field, whether it is sorted descending
     * @param unique     whether it is unique
     */
    public IndexState(String name, List<String> fields, List<Boolean> descending, boolean unique) {
        this(name, fields, descending, unique, false);
    }

    /**
     * The same index under another name.
     *
     * @param name the new name
     * @return the changed copy
     */
    public IndexState withName(String name) {
        return new IndexState(name, fields, descending, unique, search);
    }

    /**
     * Do both index the same fields the same way?
     *
     * @param other the other index
     * @return true when fields, directions, uniqueness and kind all match (names aside)
     */
    public boolean sameColumns(IndexState other) {
        return fields.equals(other.fields) && descending.equals(other.descending) && unique == other.unique
                && search == other.search;
    }
}
