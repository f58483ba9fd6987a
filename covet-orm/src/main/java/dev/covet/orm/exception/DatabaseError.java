package dev.covet.orm.exception;

import java.sql.SQLException;

/**
 * The database refused a statement. Subclasses say why when the dialect can tell
 * (an {@link IntegrityError}, a {@link DataError}, an {@link OperationalError}...).
 * {@link #sqlState()} and {@link #vendorCode()} keep the driver's own diagnosis.
 */
public class DatabaseError extends CovetException {
    /** The SQLSTATE the database reported, or null. */
    private final String sqlState;
    /** The vendor error code the database reported. */
    private final int vendorCode;

    /**
     * Creates the error.
     *
     * @param message the text of the error, shown as its message
     * @param cause the driver's exception, whose SQLSTATE and vendor code the error keeps; may be null
     */
    public DatabaseError(String message, SQLException cause) {
        super(message, cause);
        this.sqlState = cause == null ? null : cause.getSQLState();
        this.vendorCode = cause == null ? 0 : cause.getErrorCode();
    }

    /**
     * Creates the error with {@code message}.
     *
     * @param message the text of the error; no SQLSTATE or vendor code is known
     */
    public DatabaseError(String message) {
        this(message, null);
    }

    /**
     * The SQLSTATE the driver reported, or {@code null}.
     *
     * @return the five-character SQLSTATE, or {@code null} when the driver gave none
     */
    public String sqlState() {
        return sqlState;
    }

    /**
     * The vendor error code the driver reported, or 0.
     *
     * @return the vendor code, or 0 when there was no driver exception
     */
    public int vendorCode() {
        return vendorCode;
    }
}
