package dev.covet.orm.query;

import dev.covet.orm.field.FieldKind.Storage;

import dev.covet.orm.exception.FieldError;

/**
 * A part of a date or time value, in UTC: {@code createdAt__year}, {@code createdAt__quarter},
 * {@code createdAt__date}, {@code createdAt__time}, {@code startsAt__hour}. {@code week} is the ISO
 * week number (1-53), {@code iso_year} the year that week belongs to, {@code week_day} runs from
 * Sunday (1) to Saturday (7) and {@code iso_week_day} from Monday (1) to Sunday (7), as in Django.
 */
public record Transform(Kind kind, Expression source) implements Expression {
    /** The transforms, by their lookup names. */
    public enum Kind {
        DATE("date"), TIME("time"), YEAR("year"), ISO_YEAR("iso_year"), QUARTER("quarter"), MONTH("month"), WEEK("week"),
        DAY("day"), WEEK_DAY("week_day"), ISO_WEEK_DAY("iso_week_day"), HOUR("hour"), MINUTE("minute"), SECOND("second");

        private final String lookupName;

        Kind(String lookupName) {
            this.lookupName = lookupName;
        }

        public String lookupName() {
            return lookupName;
        }

        /** Does the transform apply to values of {@code storage}? */
        public boolean appliesTo(Storage storage) {
            return switch (this) {
                case DATE, TIME -> storage == Storage.TIMESTAMP;
                case YEAR, ISO_YEAR, QUARTER, MONTH, WEEK, DAY, WEEK_DAY, ISO_WEEK_DAY -> storage == Storage.TIMESTAMP || storage == Storage.DATE;
                case HOUR, MINUTE, SECOND -> storage == Storage.TIMESTAMP || storage == Storage.TIME;
            };
        }

        /** The transform named {@code name} in a lookup path, or null. */
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
            throw new FieldError("Cannot extract '" + kind.lookupName + "' from " + Query.describe(s) + " (" + storage + ")");
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
