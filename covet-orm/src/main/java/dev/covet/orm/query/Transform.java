package dev.covet.orm.query;

import dev.covet.orm.field.FieldKind.Storage;

/** A part of a date or time value: {@code createdAt__year}, {@code createdAt__date}, {@code startsAt__hour}. */
public record Transform(Kind kind, Expression source) implements Expression {
    /** The transforms, by their lookup names. */
    public enum Kind {
        DATE("date"), YEAR("year"), MONTH("month"), DAY("day"), WEEK_DAY("week_day"), HOUR("hour"), MINUTE("minute"), SECOND("second");

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
                case DATE -> storage == Storage.TIMESTAMP;
                case YEAR, MONTH, DAY, WEEK_DAY -> storage == Storage.TIMESTAMP || storage == Storage.DATE;
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
        return s == source ? this : new Transform(kind, s);
    }

    @Override
    public OutputType outputType() {
        return kind == Kind.DATE ? OutputType.DATE : OutputType.INT;
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
