package dev.covet.orm.query;

import dev.covet.orm.exception.FieldError;

/**
 * The rows of a window a function sees, relative to the current row: a bound of {@code null} is
 * unbounded, a negative number that many rows (or values) before, 0 the current row, a positive
 * number that many after. Immutable.
 *
 * <pre>{@code Frame.rows(null, 0)   // ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW: a running total}</pre>
 *
 * @param unit  whether the bounds count rows or values of the ordering
 * @param start the first bound: null for unbounded, negative before, 0 the current row
 * @param end   the last bound: null for unbounded, positive after, 0 the current row
 */
public record Frame(Unit unit, Integer start, Integer end) {
    /** Counted in rows or in values of the ordering. */
    public enum Unit {
        /** The bounds count rows. */
        ROWS,
        /** The bounds count values of the ordering. */
        RANGE
    }

    /**
     * Checks the unit and that the frame does not start after it ends.
     *
     * @throws FieldError if {@code unit} is null or {@code start} is after {@code end}
     */
    public Frame {
        if (unit == null) {
            throw new FieldError("A frame needs ROWS or RANGE");
        }
        if (start != null && end != null && start > end) {
            throw new FieldError("A frame cannot start (" + start + ") after it ends (" + end + ")");
        }
    }

    /**
     * {@code ROWS BETWEEN start AND end} (Django's {@code RowRange}).
     *
     * @param start the first row: null for unbounded, negative for rows before, 0 for the current row
     * @param end   the last row: null for unbounded, positive for rows after, 0 for the current row
     * @return the frame
     * @throws FieldError if {@code start} is after {@code end}
     */
    public static Frame rows(Integer start, Integer end) {
        return new Frame(Unit.ROWS, start, end);
    }

    /**
     * {@code RANGE BETWEEN start AND end} (Django's {@code ValueRange}).
     *
     * @param start the lowest value, relative to the current row's: null for unbounded, 0 for the current row
     * @param end   the highest value, relative to the current row's: null for unbounded, 0 for the current row
     * @return the frame
     * @throws FieldError if {@code start} is after {@code end}
     */
    public static Frame range(Integer start, Integer end) {
        return new Frame(Unit.RANGE, start, end);
    }
}
