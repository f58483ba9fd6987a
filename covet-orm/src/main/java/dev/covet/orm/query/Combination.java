package dev.covet.orm.query;

import java.util.List;

/**
 * Queries combined by a set operation ({@code union}, {@code intersection}, {@code difference}); the
 * first part's columns name the result. Immutable.
 *
 * @param kind  the set operation
 * @param all   keep duplicate rows ({@code UNION ALL})?
 * @param parts the queries combined, in order
 */
public record Combination(Kind kind, boolean all, List<Query> parts) {
    /** The set operations. */
    public enum Kind {
        /** The rows of any part ({@code union}). */
        UNION,
        /** The rows of every part ({@code intersection}). */
        INTERSECT,
        /** The rows of the first part that no other part has ({@code difference}). */
        EXCEPT
    }

    /** Copies the parts. */
    public Combination {
        parts = List.copyOf(parts);
    }
}
