package dev.covet.orm.query;

import dev.covet.orm.field.FieldKind.Storage;

import dev.covet.orm.exception.FieldError;

/**
 * A part of a date or time value, in UTC: {@code createdAt__year}, {@code createdAt__quarter},
 * {@code createdAt__date}, {@code createdAt__time}, {@code startsAt__hour}. {@code week} is the ISO
 * week number (1-53), {@code iso_year} the year that week belongs to, {@code week_day} runs from
 * Sunday (1) to Saturday (7) and {@code iso_week_day} from Monday (1) to Sunday (7), as in Django.
 *
 * @param kind   which part to take
 * @param source the date, datetime or time value
 */
public record Transform(Kind kind, Expression source) implements Expression {
    /** The transforms, by their lookup names. */
    public enum Kind {
        /** {@code __date}: the date of a datetime. */
        DATE("date"),
        /** {@code __time}: the time of day of a datetime. */
        TIME("time"),
        /** {@code __year}: the year. */
        YEAR("year"),
        /** {@code __iso_year}: the year the ISO week belongs to. */
        ISO_YEAR("iso_year"),
        /** {@code __quarter}: the quarter, 1 to 4. */
        QUARTER("quarter"),
        /** {@code __month}: the month, 1 to 12. */
        MONTH("month"),
        /** {@code __week}: the ISO week number, 1 to 53. */
        WEEK("week"),
        /** {@code __day}: the day of the month. */
        DAY("day"),
        /** {@code __week_day}: Sunday (1) to Saturday (7). */
        WEEK_DAY("week_day"),
        /** {@code __iso_week_day}: Monday (1) to Sunday (7). */
        ISO_WEEK_DAY("iso_week_day"),
        /** {@code __hour}: the hour, 0 to 23. */
        HOUR("hour"),
        /** {@code __minute}: the minute, 0 to 59. */
        MINUTE("minute"),
        /** {@code __second}: the second, 0 to 59. */
        SECOND("second");

        private final String lookupName;

        Kind(String lookupName) {
            this.lookupName = lookupName;
        }

        /** {@return the name in a lookup path, such as {@code "iso_year"}} */
        public String lookupName() {
            return lookupName;
        }

        /**
         * Does the transform apply to values of {@code storage}?
         *
         * @param storage the storage of the value transformed
         * @return true for a datetime, and for a date or a time where the part exists
         */
        public boolean appliesTo(Storage storage) {
            return switch (this) {
                case DATE, TIME -> storage == Storage.TIMESTAMP;
                case YEAR, ISO_YEAR, QUARTER, MONTH, WEEK, DAY, WEEK_DAY, ISO_WEEK_DAY -> storage == Storage.TIMESTAMP || storage == Storage.DATE;
                case HOUR, MINUTE, SECOND -> storage == Storage.TIMESTAMP || storage == Storage.TIME;
            };
        }

        /**
         * The transform named {@code name} in a lookup path.
         *
         * @param name the lookup name, such as {@code "year"}
         * @return the kind, or null if none is named so
         */
        public static Kind named(String name) {
            for (Kind k : values()) {
                if (k.lookupName.equals(name)) {
                    return k;
                }
            }
            return null;
        }
    }

    @Override
    public Expression resolve(Resolver query) {
        Expression s = source.resolve(query);
        Storage storage = s.outputType().storage();
        if (storage != null && !kind.appliesTo(storage)) {
            throw new FieldError("Cannot extract '" + kind.lookupName + "' from " + PathResolver.describe(s) + " (" + storage + ")");
        }
        return s == source ? this : new Transform(kind, s);
    }

    @Override
    public OutputType outputType() {
        return switch (kind) {
            case DATE -> OutputType.DATE;
            case TIME -> OutputType.of(Storage.TIME);
            default -> OutputType.INT;
        };
    }

    @Override
    public boolean containsAggregate() {
        return source.containsAggregate();
    }

    @Override
    public boolean containsWindow() {
        return source.containsWindow();
    }
}
