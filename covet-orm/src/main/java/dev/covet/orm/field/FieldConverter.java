package dev.covet.orm.field;

/**
 * Converts between a field's Java value (what the model holds) and its canonical
 * value (what travels to and from JDBC, see {@link FieldKind.Storage}). Most fields
 * hold their canonical value already and use {@link #IDENTITY}.
 */
public interface FieldConverter {
    /** The Java value of a field to its canonical database value; null stays null. */
    Object toDb(Object javaValue);

    /** A canonical database value to the field's Java value; null stays null. */
    Object fromDb(Object dbValue);

    /** Is this the identity (so callers may skip it)? */
    default boolean isIdentity() {
        return false;
    }

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
