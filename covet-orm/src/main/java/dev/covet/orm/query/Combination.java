package dev.covet.orm.query;

import dev.covet.orm.exception.NotSupportedError;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

    /**
     * {@code parts} combined by {@code kind}: each part a copy that keeps its filters and columns but loses
     * its ordering, which belongs to the combined result; see {@link Query#combine}.
     */
    static Combination of(Kind kind, boolean all, List<Query> parts) {
        List<Query> cleaned = new ArrayList<>();
        for (Query part : parts) {
            if (part.isSliced()) {
                throw new NotSupportedError("A sliced QuerySet cannot be part of a " + kind.name().toLowerCase(Locale.ROOT)
                        + "; slice the combined result instead");
            }
            if (part.combination() != null) {
                throw new NotSupportedError("A combined QuerySet cannot be combined again");
            }
            Query c = part.copy();
            c.clearOrdering();
            cleaned.add(c);
        }
        return new Combination(kind, all, cleaned);
    }

    /** This operation over copies of its parts that each select {@code names}, as {@code values()} chooses them. */
    Combination selecting(List<String> names) {
        List<Query> selecting = new ArrayList<>();
        for (Query part : parts) {
            Query p = part.copy();
            p.setValues(names);
            selecting.add(p);
        }
        return new Combination(kind, all, selecting);
    }

    /** The error for {@code what}, called on a query this operation made. */
    NotSupportedError unsupported(String what) {
        return new NotSupportedError("Calling " + what + "() after " + kind.name().toLowerCase(Locale.ROOT)
                + "() is not supported; only ordering, slicing, count() and exists() apply to a combined QuerySet");
    }
}
