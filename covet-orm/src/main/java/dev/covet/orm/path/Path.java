package dev.covet.orm.path;

import dev.covet.orm.query.PathLookup;

/**
 * A typed lookup path from a generated metamodel ({@code Book_.author.name}): it renders to the string
 * Covet's query API takes ({@code "author__name"}), so a typed query and a string query run the same way.
 * Implementations are immutable and thread-safe.
 */
public interface Path extends PathLookup {

    /**
     * The lookup strings of {@code first} and {@code more}, in order.
     *
     * @param first the first path
     * @param more the other paths
     * @return one lookup string per path, {@code first}'s first
     */
    static String[] lookups(Path first, Path... more) {
        return PathLookup.lookups(first, more);
    }
}
