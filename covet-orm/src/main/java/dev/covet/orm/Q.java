package dev.covet.orm;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.meta.Where;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Conditions combined with AND, OR and NOT (Django's {@code Q}). An empty {@code Q} adds
 * nothing, so a filter can be built up piece by piece. Immutable and thread-safe.
 *
 * <pre>{@code
 * Q q = Q.empty();
 * if (term != null) q = q.or("title__icontains", term).or("content__icontains", term);
 * if (onlyPublished) q = q.and("publishedAt__isnull", false);
 * Article.objects.filter(q);
 *
 * User.objects.filter(Q.of("isStaff", true).or(Q.of("isSuperuser", true)).and(Q.of("isActive", true)));
 * User.objects.filter(Q.of("isStaff", true).not());
 * }</pre>
 */
public final class Q extends Where {
    private static final Q EMPTY = new Q(false, false, List.of());

    private Q(boolean or, boolean negated, List<Object> children) {
        super(or, negated, children);
    }

    /**
     * A condition that adds nothing.
     *
     * @return the empty condition, neutral for {@code and} and {@code or}
     */
    public static Q empty() {
        return EMPTY;
    }

    /**
     * One lookup: {@code Q.of("title__icontains", "java")}.
     *
     * @param lookup the field path and lookup, such as {@code "author__name__startswith"}
     * @param value the value to compare with
     * @return the condition
     */
    public static Q of(String lookup, Object value) {
        return new Q(false, false, List.of(condition(lookup, value)));
    }

    /**
     * A condition that is an expression, such as {@code Q.of(Exists.of(qs))}; {@code .not()} negates it.
     *
     * @param condition a boolean expression
     * @return the condition
     */
    public static Q of(dev.covet.orm.query.Expression condition) {
        if (condition == null) {
            throw new FieldError("Q.of(expression) needs a condition, got null");
        }
        return new Q(false, false, List.of(condition));
    }

    /**
     * Two lookups that must both hold (they refer to the same related row, as in one Django {@code filter()} call).
     *
     * @param lookup1 the first lookup
     * @param value1 its value
     * @param lookup2 the second lookup
     * @param value2 its value
     * @return the two conditions, ANDed
     */
    public static Q of(String lookup1, Object value1, String lookup2, Object value2) {
        return of(lookup1, value1).and(of(lookup2, value2));
    }

    /**
     * Every entry of {@code conditions}, joined with AND.
     *
     * @param conditions lookup to value, in iteration order
     * @return the conditions, ANDed; empty for an empty map
     */
    public static Q of(Map<String, ?> conditions) {
        Q q = EMPTY;
        for (Map.Entry<String, ?> e : conditions.entrySet()) {
            q = q.and(of(e.getKey(), e.getValue()));
        }
        return q;
    }

    /**
     * This AND {@code other}.
     *
     * @param other the condition to add
     * @return a new condition; neither is changed
     */
    public Q and(Q other) {
        return combine(other, false);
    }

    /**
     * This OR {@code other}.
     *
     * @param other the alternative condition
     * @return a new condition; neither is changed
     */
    public Q or(Q other) {
        return combine(other, true);
    }

    /**
     * This AND the lookup.
     *
     * @param lookup the field path and lookup
     * @param value the value to compare with
     * @return a new condition; this one is not changed
     */
    public Q and(String lookup, Object value) {
        return and(of(lookup, value));
    }

    /**
     * This OR the lookup.
     *
     * @param lookup the field path and lookup
     * @param value the value to compare with
     * @return a new condition; this one is not changed
     */
    public Q or(String lookup, Object value) {
        return or(of(lookup, value));
    }

    /**
     * NOT this.
     *
     * @return the negated condition; this one is not changed
     */
    public Q not() {
        if (isEmpty()) {
            return this;
        }
        return new Q(false, true, List.of(this));
    }

    private Q combine(Q other, boolean withOr) {
        if (other == null || other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        List<Object> next = new ArrayList<>();
        addFlattened(next, this, withOr);
        addFlattened(next, other, withOr);
        return new Q(withOr, false, next);
    }

    private static void addFlattened(List<Object> into, Q q, boolean withOr) {
        if (!q.isNegated() && (q.isOr() == withOr || q.children().size() == 1)) {
            into.addAll(q.children());
        } else {
            into.add(q);
        }
    }
}
