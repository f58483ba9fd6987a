package dev.covet.orm.query;

import dev.covet.orm.exception.FieldError;

/**
 * The rows of a window a function sees, relative to the current row: a bound of {@code null} is
 * unbounded, a negative number that many rows (or values) before, 0 the current row, a positive
 * number that many after. Immutable.
 *
 * <pre>{@code Frame.rows(null, 0)   // ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW: a running total}</pre>
 */
public record Frame(Unit unit, Integer start, Integer end) {
    /** Counted in rows or in values of the ordering. */
    public enum Unit { ROWS, RANGE }

    public Frame {
        if (unit == null) {
            throw new FieldError("A frame needs ROWS or RANGE");
        }
        if (start != null && end != null && start > end) {
            throw new FieldError("A frame cannot start (" + start + ") after it ends (" + end + ")");
        }
    }

    /** {@code ROWS BETWEEN start AND end}. */
    public static Frame rows(Integer start, Integer end) {
        return new Frame(Unit.ROWS, start, end);
    }

    /** {@code RANGE BETWEEN start AND end}. */
    public static Frame range(Integer start, Integer end) {
        return new Frame(Unit.RANGE, start, end);
    }
}
