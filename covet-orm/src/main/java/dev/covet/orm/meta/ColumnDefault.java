package dev.covet.orm.meta;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.field.FieldKind.Storage;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * A database-side default of a column (Django's {@code db_default}): a constant, written as the field's
 * type reads it ({@code "0"}, {@code "draft"}, {@code "2024-01-01"}), or the current UTC time
 * ({@code now}). DDL takes no parameters, so a constant is checked against the column's type and written
 * as a literal by the dialect, quotes doubled. Immutable.
 *
 * @param literal the constant as text, or null for {@code now}
 * @param now     the database's current time ({@code Now()})
 */
public record ColumnDefault(String literal, boolean now) {
    /** The current time, Django's {@code db_default=Now()}. */
    public static final ColumnDefault NOW = new ColumnDefault(null, true);

    /**
     * Checks that the default is a constant or now, never both nor neither.
     *
     * @param literal the constant as text, or null for {@code now}
     * @param now     the database's current time
     * @throws dev.covet.orm.exception.FieldError if {@code literal} is null and {@code now} false, or the other way round
     */
    public ColumnDefault {
        if ((literal == null) != now) {
            throw new FieldError("A database default is either a constant or now, not " + (now ? "both" : "neither"));
        }
    }

    /**
     * A constant default, written as the field's type reads it.
     *
     * @param literal the constant as text
     * @return the default
     */
    public static ColumnDefault of(String literal) {
        return new ColumnDefault(literal, false);
    }

    /**
     * The constant as a value of {@code storage}; a {@link FieldError} when it is not one.
     *
     * @param storage the storage of the column's field
     * @return the constant as a Java value; null for {@code now}
     * @throws FieldError if the constant is not a value of {@code storage}, or {@code now} is not on a datetime
     */
    public Object value(Storage storage) {
        if (now) {
            if (storage != Storage.TIMESTAMP) {
                throw new FieldError("dbDefault now fits a datetime field only, not " + storage);
            }
            return null;
        }
        try {
            return switch (storage) {
                case STRING -> {
                    if (literal.indexOf('\0') >= 0) {
                        throw new FieldError("A dbDefault cannot hold a NUL character");
                    }
                    yield literal;
                }
                case INT, SHORT, LONG -> Long.parseLong(literal.strip());
                case FLOAT, DOUBLE, DECIMAL -> new BigDecimal(literal.strip());
                case BOOLEAN -> switch (literal.strip()) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> throw new FieldError("A boolean dbDefault is 'true' or 'false', got '" + literal + "'");
                };
                case DATE -> LocalDate.parse(literal.strip());
                case TIME -> LocalTime.parse(literal.strip());
                case TIMESTAMP -> Instant.parse(literal.strip());
                default -> throw new FieldError("A dbDefault constant fits text, number, boolean, date, time and datetime fields, not "
                        + storage);
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new FieldError("dbDefault '" + literal + "' is not a " + storage + " value: " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return now ? "now" : "'" + literal + "'";
    }
}
