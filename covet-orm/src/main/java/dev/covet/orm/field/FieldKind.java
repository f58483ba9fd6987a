package dev.covet.orm.field;

/**
 * The declared type of a model field, one per field annotation. Dialects map each kind
 * to a column type; {@link #storage()} says which Java value travels to and from JDBC.
 */
public enum FieldKind {
    AUTO(Storage.INT),
    BIG_AUTO(Storage.LONG),
    CHAR(Storage.STRING),
    TEXT(Storage.STRING),
    EMAIL(Storage.STRING),
    URL(Storage.STRING),
    INTEGER(Storage.INT),
    BIG_INTEGER(Storage.LONG),
    SMALL_INTEGER(Storage.SHORT),
    FLOAT(Storage.DOUBLE),
    DECIMAL(Storage.DECIMAL),
    BOOLEAN(Storage.BOOLEAN),
    DATETIME(Storage.TIMESTAMP),
    DATE(Storage.DATE),
    TIME(Storage.TIME),
    JSON(Storage.JSON),
    BINARY(Storage.BYTES),
    UUID(Storage.UUID),
    ENUM(Storage.STRING),
    ARRAY(Storage.ARRAY),
    /** A foreign key or one-to-one column; it stores what its target field stores. */
    RELATION(null),
    /** A many-to-many relation: no column of its own. */
    MANY_TO_MANY(null);

    private final Storage storage;

    FieldKind(Storage storage) {
        this.storage = storage;
    }

    /** The canonical Java value of the column, or null for relations (which borrow their target's). */
    public Storage storage() {
        return storage;
    }

    /** Is this one of the text kinds (lookups such as {@code contains} apply)? */
    public boolean isText() {
        return storage == Storage.STRING;
    }

    /** The canonical Java value each column carries between Covet and JDBC. */
    public enum Storage {
        STRING, INT, LONG, SHORT, FLOAT, DOUBLE, DECIMAL, BOOLEAN, TIMESTAMP, DATE, TIME, JSON, BYTES, UUID, ARRAY;

        /** Do values of this storage order numerically (sums and averages apply)? */
        public boolean isNumeric() {
            return this == INT || this == LONG || this == SHORT || this == FLOAT || this == DOUBLE || this == DECIMAL;
        }
    }
}
