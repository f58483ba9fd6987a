package dev.covet.orm.field;

/**
 * A user-defined field type: how a Java value of type {@code J} maps onto one of Covet's
 * {@link FieldKind.Storage storages}, and optionally which column type each database gets. Declare a
 * model field with {@link Custom @Custom(MyType.class)}; Covet then converts through {@link #toDb} when
 * it saves, bulk-creates and filters, and through {@link #fromDb} when it loads rows and values.
 * The class needs a no-argument constructor; one instance serves every row, so keep it stateless.
 *
 * <pre>{@code
 * public final class MoneyType implements FieldType<Money> {
 *     public Class<Money> javaType() { return Money.class; }
 *     public FieldKind.Storage storage() { return FieldKind.Storage.LONG; }
 *     public Object toDb(Money m) { return m.cents(); }
 *     public Money fromDb(Object v) { return new Money((Long) v); }
 * }
 * @Custom(MoneyType.class) public Money price;
 * }</pre>
 *
 * @param <J> the Java type the model field holds
 */
public interface FieldType<J> {
    /** {@return the Java type of the model field (the field must be declared with it)} */
    Class<J> javaType();

    /**
     * What the column stores: {@code STRING}, {@code INT}, {@code LONG}, {@code SHORT}, {@code DOUBLE},
     * {@code DECIMAL}, {@code BOOLEAN}, {@code DATE}, {@code TIME}, {@code BYTES} or {@code UUID}.
     *
     * @return the storage, the same on every call
     */
    FieldKind.Storage storage();

    /**
     * The value to store, of the storage's Java type ({@code String}, {@code Integer}, {@code Long},
     * {@code Short}, {@code Double}, {@code BigDecimal}, {@code Boolean}, {@code LocalDate},
     * {@code LocalTime}, {@code byte[]}, {@code UUID}). Never called with null.
     *
     * @param value the model field's value
     * @return the value to store; null stores NULL
     */
    Object toDb(J value);

    /**
     * The Java value of a stored value (of the storage's Java type). Never called with null.
     *
     * @param dbValue the value read from the column
     * @return the value the model field gets
     */
    J fromDb(Object dbValue);

    /**
     * Checks a value in {@code fullClean()}; throw a {@link dev.covet.orm.exception.ValidationError} or an
     * {@link IllegalArgumentException}. The default accepts every value.
     *
     * @param value the field's value, never null
     */
    default void validate(J value) {
    }

    /**
     * The column type on the database named {@code dialect} ({@code sqlite}, {@code postgresql}, or
     * {@code mysql} for MariaDB and MySQL), such as {@code NUMERIC(12,2)}; null keeps the storage's usual type.
     *
     * @param dialect the database's name
     * @return the column type, or null (the default) for the storage's usual type
     */
    default String columnType(String dialect) {
        return null;
    }
}
