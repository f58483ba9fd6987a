package dev.covet.orm.query;

/**
 * A lookup path as typed code names it ({@code Book_.author.name}, a {@code dev.covet.orm.path.Path}):
 * it renders to the string the query API takes ({@code "author__name"}). The face's methods that take
 * typed paths take this type, so the typed paths, which build {@code Q}s, sit above the face rather than
 * beneath it.
 */
public interface PathLookup {
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
    static String[] lookups(PathLookup first, PathLookup... more) {
        String[] names = new String[more.length + 1];
        names[0] = first.lookup();
        for (int i = 0; i < more.length; i++) {
            names[i + 1] = more[i].lookup();
        }
        return names;
    }
}
