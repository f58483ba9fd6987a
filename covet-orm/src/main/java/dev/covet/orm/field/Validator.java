package dev.covet.orm.field;

/**
 * Checks one field value in {@code fullClean()}. Throw a {@link dev.covet.orm.exception.ValidationError}
 * or an {@link IllegalArgumentException}; its message becomes the field's error.
 * Null values are never passed to validators.
 *
 * <pre>{@code
 * public final class Rating implements Validator<Integer> {
 *     public void validate(Integer v) {
 *         if (v < 1 || v > 5) throw new IllegalArgumentException("Rating must be 1-5");
 *     }
 * }
 * @IntegerField(validators = Rating.class) public Integer rating;
 * }</pre>
 *
 * @param <V> the field's Java type
 */
@FunctionalInterface
public interface Validator<V> {
    /**
     * Checks one value; returning normally accepts it.
     *
     * @param value the field's value, never null
     * @throws IllegalArgumentException with the message to show when the value is invalid
     */
    void validate(V value);
}
