package dev.covet.orm.path;

/**
 * A typed lookup path from a generated metamodel ({@code Book_.author.name}): it renders to the string
 * Covet's query API takes ({@code "author__name"}), so a typed query and a string query run the same way.
 * Implementations are immutable and thread-safe.
 */
public interface Path {
    /**
     * The lookup string this path stands for, such as {@code "author__name"}.
     *
     * @return the lookup, its steps joined by {@code "__"}
     */
    String lookup();

    /**
     * The lookup strings of {@code first} and {@code more}, in order.
     *
     * @param first the first path
     * @param more the other paths
     * @return one lookup string per path, {@code first}'s first
     */
    static String[] lookups(Path first, Path... more) {
        String[] names = new String[more.length + 1];
        names[0] = first.lookup();
        for (int i = 0; i < more.length; i++) {
            names[i + 1] = more[i].lookup();
        }
        return names;
    }
}
