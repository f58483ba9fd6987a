package dev.covet.orm.field;

/**
 * Converts between a field's Java value (what the model holds) and its canonical
 * value (what travels to and from JDBC, see {@link FieldKind.Storage}). Most fields
 * hold their canonical value already and use {@link #IDENTITY}.
 */
public interface FieldConverter {
    /**
     * The Java value of a field to its canonical database value; null stays null.
     *
     * @param javaValue what the model holds
     * @return the canonical value, of the field's storage type
     */
    Object toDb(Object javaValue);

    /**
     * A canonical database value to the field's Java value; null stays null.
     *
     * @param dbValue the canonical value read from JDBC
     * @return the value the model holds
     */
    Object fromDb(Object dbValue);

    /**
     * Is this the identity (so callers may skip it)?
     *
     * @return true only for {@link #IDENTITY}
     */
    default boolean isIdentity() {
        return false;
    }

    /** The converter for fields whose Java value is already canonical: both ways return the value as it is. */
    FieldConverter IDENTITY = new FieldConverter() {
        @Override
        public Object toDb(Object javaValue) {
            return javaValue;
        }

        @Override
        public Object fromDb(Object dbValue) {
            return dbValue;
        }

        @Override
        public boolean isIdentity() {
            return true;
        }
    };
}
