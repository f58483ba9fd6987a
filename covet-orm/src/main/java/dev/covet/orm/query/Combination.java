package dev.covet.orm.query;

import java.util.List;

/**
 * Queries combined by a set operation ({@code union}, {@code intersection}, {@code difference}); the
 * first part's columns name the result. Immutable.
 */
public record Combination(Kind kind, boolean all, List<Query> parts) {
    /** The set operations. */
    public enum Kind { UNION, INTERSECT, EXCEPT }

    public Combination {
        parts = List.copyOf(parts);
    }
}
