package dev.covet.orm.path;

import dev.covet.orm.F;
import dev.covet.orm.Q;
import dev.covet.orm.query.OrderBy;

import java.util.Collection;
import java.util.List;

/**
 * The path to a column of type {@code V}, as a generated metamodel declares it ({@code Book_.price}). Its
 * conditions are plain {@link Q}s and its orderings plain {@link OrderBy}s, so they go wherever those go.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Book.objects.filter(Book_.price.gt(new BigDecimal("10"))).orderBy(Book_.title.asc());
 * }</pre>
 *
 * @param <V> the Java type of the field's values
 */
public class FieldPath<V> implements Path {
    private final String lookup;

    /**
     * The path {@code lookup}, such as {@code "author__name"}; generated code calls this.
     *
     * @param lookup the double-underscore path from the model, such as {@code "author__name"}
     */
    public FieldPath(String lookup) {
        this.lookup = PathNames.check(lookup);
    }

    @Override
    public final String lookup() {
        return lookup;
    }

    /**
     * The field equals {@code value} ({@code null} means IS NULL).
     *
     * @param value the value to compare with; {@code null} for IS NULL
     * @return the condition, for {@code filter} or {@code exclude}
     */
    public Q exact(V value) {
        return Q.of(lookup, value);
    }

    /**
     * The field is one of {@code values}.
     *
     * @param values the values to accept; an empty collection matches no row
     * @return the condition, for {@code filter} or {@code exclude}
     */
    public Q in(Collection<? extends V> values) {
        return Q.of(lookup + "__in", values);
    }

    /**
     * The field is one of {@code values}.
     *
     * @param values the values to accept; none matches no row
     * @return the condition, for {@code filter} or {@code exclude}
     */
    @SafeVarargs
    public final Q in(V... values) {
        return Q.of(lookup + "__in", List.of(values));
    }

    /**
     * The field is NULL ({@code true}) or is not ({@code false}).
     *
     * @param isNull {@code true} for IS NULL, {@code false} for IS NOT NULL
     * @return the condition, for {@code filter} or {@code exclude}
     */
    public Q isnull(boolean isNull) {
        return Q.of(lookup + "__isnull", isNull);
    }

    /**
     * The field is greater than {@code value}.
     *
     * @param value the value to compare with
     * @return the condition, for {@code filter} or {@code exclude}
     */
    public Q gt(V value) {
        return Q.of(lookup + "__gt", value);
    }

    /**
     * The field is greater than or equal to {@code value}.
     *
     * @param value the value to compare with
     * @return the condition, for {@code filter} or {@code exclude}
     */
    public Q gte(V value) {
        return Q.of(lookup + "__gte", value);
    }

    /**
     * The field is less than {@code value}.
     *
     * @param value the value to compare with
     * @return the condition, for {@code filter} or {@code exclude}
     */
    public Q lt(V value) {
        return Q.of(lookup + "__lt", value);
    }

    /**
     * The field is less than or equal to {@code value}.
     *
     * @param value the value to compare with
     * @return the condition, for {@code filter} or {@code exclude}
     */
    public Q lte(V value) {
        return Q.of(lookup + "__lte", value);
    }

    /**
     * The field lies between {@code low} and {@code high}, both included.
     *
     * @param low the lower bound, included
     * @param high the upper bound, included
     * @return the condition, for {@code filter} or {@code exclude}
     */
    public Q range(V low, V high) {
        return Q.of(lookup + "__range", List.of(low, high));
    }

    /**
     * Ascending order on this field.
     *
     * @return the ordering, for {@code orderBy}
     */
    public OrderBy asc() {
        return new OrderBy(F.of(lookup), false);
    }

    /**
     * Descending order on this field.
     *
     * @return the ordering, for {@code orderBy}
     */
    public OrderBy desc() {
        return new OrderBy(F.of(lookup), true);
    }

    /**
     * The field as an expression ({@code F}), for comparisons between columns and updates.
     *
     * @return {@code F.of(lookup())}
     */
    public F f() {
        return F.of(lookup);
    }

    @Override
    public String toString() {
        return lookup;
    }
}
