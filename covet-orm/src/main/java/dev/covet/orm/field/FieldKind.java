package dev.covet.orm.field;

/**
 * The declared type of a model field, one per field annotation. Dialects map each kind
 * to a column type; {@link #storage()} says which Java value travels to and from JDBC.
 */
public enum FieldKind {
    /** {@link AutoField}: an auto-incrementing {@code int} key (Django's {@code AutoField}). */
    AUTO(Storage.INT),
    /** {@link BigAutoField}: an auto-incrementing {@code long} key (Django's {@code BigAutoField}). */
    BIG_AUTO(Storage.LONG),
    /** {@link CharField}: bounded text (Django's {@code CharField}). */
    CHAR(Storage.STRING),
    /** {@link TextField}: unbounded text (Django's {@code TextField}). */
    TEXT(Storage.STRING),
    /** {@link EmailField}: text checked to be an e-mail address (Django's {@code EmailField}). */
    EMAIL(Storage.STRING),
    /** {@link URLField}: text checked to be a URL (Django's {@code URLField}). */
    URL(Storage.STRING),
    /** {@link IntegerField}: a 32-bit integer (Django's {@code IntegerField}). */
    INTEGER(Storage.INT),
    /** {@link BigIntegerField}: a 64-bit integer (Django's {@code BigIntegerField}). */
    BIG_INTEGER(Storage.LONG),
    /** {@link SmallIntegerField}: a 16-bit integer (Django's {@code SmallIntegerField}). */
    SMALL_INTEGER(Storage.SHORT),
    /** {@link FloatField}: a double-precision float (Django's {@code FloatField}). */
    FLOAT(Storage.DOUBLE),
    /** {@link DecimalField}: a fixed-point number (Django's {@code DecimalField}). */
    DECIMAL(Storage.DECIMAL),
    /** {@link BooleanField}: true or false (Django's {@code BooleanField}). */
    BOOLEAN(Storage.BOOLEAN),
    /** {@link DateTimeField}: an instant, stored in UTC (Django's {@code DateTimeField}). */
    DATETIME(Storage.TIMESTAMP),
    /** {@link DateField}: a calendar date (Django's {@code DateField}). */
    DATE(Storage.DATE),
    /** {@link TimeField}: a time of day (Django's {@code TimeField}). */
    TIME(Storage.TIME),
    /** {@link JSONField}: any Jackson-bindable value (Django's {@code JSONField}). */
    JSON(Storage.JSON),
    /** {@link BinaryField}: raw bytes (Django's {@code BinaryField}). */
    BINARY(Storage.BYTES),
    /** {@link UUIDField}: a UUID (Django's {@code UUIDField}). */
    UUID(Storage.UUID),
    /** {@link EnumField}: a Java enum, stored by constant name. */
    ENUM(Storage.STRING),
    /** {@link ArrayField}: a list of one storage's values (Django's PostgreSQL {@code ArrayField}). */
    ARRAY(Storage.ARRAY),
    /** A foreign key or one-to-one column; it stores what its target field stores. */
    RELATION(null),
    /** A many-to-many relation: no column of its own. */
    MANY_TO_MANY(null);

    private final Storage storage;

    FieldKind(Storage storage) {
        this.storage = storage;
    }

    /**
     * The canonical Java value of the column.
     *
     * @return the storage, or null for relations (which borrow their target's)
     */
    public Storage storage() {
        return storage;
    }

    /**
     * Is this one of the text kinds (lookups such as {@code contains} apply)?
     *
     * @return true when the kind stores a {@code String}
     */
    public boolean isText() {
        return storage == Storage.STRING;
    }

    /** The canonical Java value each column carries between Covet and JDBC. */
    public enum Storage {
        /** A {@code String}. */
        STRING,
        /** An {@code Integer}. */
        INT,
        /** A {@code Long}. */
        LONG,
        /** A {@code Short}. */
        SHORT,
        /** A {@code Float}. */
        FLOAT,
        /** A {@code Double}. */
        DOUBLE,
        /** A {@code BigDecimal}. */
        DECIMAL,
        /** A {@code Boolean}. */
        BOOLEAN,
        /** An {@code Instant}, in UTC. */
        TIMESTAMP,
        /** A {@code LocalDate}. */
        DATE,
        /** A {@code LocalTime}. */
        TIME,
        /** JSON text. */
        JSON,
        /** A {@code byte[]}. */
        BYTES,
        /** A {@code java.util.UUID}. */
        UUID,
        /** A {@link SqlArray}. */
        ARRAY;

        /**
         * Do values of this storage order numerically (sums and averages apply)?
         *
         * @return true for the integer, floating-point and decimal storages
         */
        public boolean isNumeric() {
            return this == INT || this == LONG || this == SHORT || this == FLOAT || this == DOUBLE || this == DECIMAL;
        }
    }
}
