package dev.covet.orm.meta;

import dev.covet.orm.exception.FieldError;

import java.util.Collections;
import java.util.List;

/**
 * Conditions joined with AND or OR, possibly negated, as {@code filter()} takes them before they are
 * resolved against a query ({@link dev.covet.orm.query.WhereNode} is the resolved form). Applications build them with
 * {@code Q}, which extends this type with {@code and}, {@code or} and {@code not}; the query layer reads
 * them, and builds a single lookup with {@link #of}. Immutable and thread-safe.
 */
public class Where {
    private final boolean or;
    private final boolean negated;
    private final List<Object> children;

    /**
     * A node over {@code children}.
     *
     * @param or       whether the children are joined by OR (else AND)
     * @param negated  whether the node is negated
     * @param children the children: other nodes, {@link Condition}s and boolean {@link dev.covet.orm.query.Expression}s
     */
    protected Where(boolean or, boolean negated, List<Object> children) {
        this.or = or;
        this.negated = negated;
        this.children = Collections.unmodifiableList(children);
    }

    /**
     * One lookup: {@code Where.of("pk", 1)}.
     *
     * @param lookup the field path and lookup, such as {@code "author__name__startswith"}
     * @param value the value to compare with
     * @return the condition
     * @throws FieldError if the lookup is null or blank
     */
    public static Where of(String lookup, Object value) {
        return new Where(false, false, List.of(condition(lookup, value)));
    }

    /**
     * One lookup as a child of a node, its name checked.
     *
     * @param lookup the field path and lookup
     * @param value the value to compare with
     * @return the lookup
     * @throws FieldError if the lookup is null or blank
     */
    protected static Condition condition(String lookup, Object value) {
        if (lookup == null || lookup.isBlank()) {
            throw new FieldError("A lookup needs a field name");
        }
        return new Condition(lookup, value);
    }

    /**
     * Does this add no condition?
     *
     * @return true when it has no children
     */
    public final boolean isEmpty() {
        return children.isEmpty();
    }

    /**
     * Are the children joined by OR?
     *
     * @return true for OR, false for AND
     */
    public final boolean isOr() {
        return or;
    }

    /**
     * Is this condition negated ({@code ~Q}, {@code Q.not})?
     *
     * @return true when negated
     */
    public final boolean isNegated() {
        return negated;
    }

    /**
     * The children: other nodes (such as {@code Q}s), {@link Condition}s and boolean expressions.
     *
     * @return the children, in the order they were added
     */
    public final List<Object> children() {
        return children;
    }

    @Override
    public final String toString() {
        StringBuilder out = new StringBuilder(negated ? "NOT (" : "(");
        for (int i = 0; i < children.size(); i++) {
            if (i > 0) {
                out.append(or ? " OR " : " AND ");
            }
            out.append(children.get(i));
        }
        return out.append(')').toString();
    }

    /**
     * One lookup and its value.
     *
     * @param lookup the field path and lookup, such as {@code "title__icontains"}
     * @param value the value to compare with
     */
    public record Condition(String lookup, Object value) {
        @Override
        public String toString() {
            return lookup + "=" + value;
        }
    }
}
