package dev.covet.orm.query.functions;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.query.Expression;
import dev.covet.orm.query.Func;
import dev.covet.orm.query.OutputType;

import java.util.Arrays;
import java.util.Locale;

/**
 * A date or datetime truncated to the start of its year, quarter, month, ISO week (a Monday), day,
 * hour, minute or second, in UTC; or the date or the time of day of a datetime. A truncated datetime
 * is a datetime and a truncated date a date; {@code date} gives a date, {@code time} a time. Immutable.
 *
 * <pre>{@code
 * Order.objects.annotate("month", Trunc.of("createdAt", "month")).values("month").annotate("n", Count.of("id"))
 * TruncDay.of("createdAt")      // 2024-03-15T00:00:00Z
 * }</pre>
 *
 * @param kind   what to truncate to
 * @param source the date or datetime to truncate
 */
public record Trunc(Kind kind, Expression source) implements Expression {
    /** What to truncate to. */
    public enum Kind {
        /** The first day of the year. */
        YEAR,
        /** The first day of the quarter. */
        QUARTER,
        /** The first day of the month. */
        MONTH,
        /** The Monday of the ISO week. */
        WEEK,
        /** The start of the day. */
        DAY,
        /** The date of a datetime. */
        DATE,
        /** The start of the hour. */
        HOUR,
        /** The start of the minute. */
        MINUTE,
        /** The whole second. */
        SECOND,
        /** The time of day of a datetime. */
        TIME;

        /**
         * The kind named {@code name} ({@code "month"}).
         *
         * @param name the kind's name in lower case
         * @return the kind
         * @throws FieldError if no kind has that name
         */
        public static Kind named(String name) {
            for (Kind k : values()) {
                if (k.name().toLowerCase(Locale.ROOT).equals(name)) {
                    return k;
                }
            }
            throw new FieldError("Unknown truncation kind '" + name + "'; choices are "
                    + String.join(", ", Arrays.stream(values()).map(k -> k.name().toLowerCase(Locale.ROOT)).toList()));
        }

        /** {@return whether this is a part of the day (so that only a datetime has it): hour, minute, second or time} */
        public boolean ofTime() {
            return this == HOUR || this == MINUTE || this == SECOND || this == TIME;
        }
    }

    /**
     * Checks that both components are given.
     *
     * @throws FieldError if {@code kind} or {@code source} is null
     */
    public Trunc {
        if (kind == null || source == null) {
            throw new FieldError("Trunc needs a kind and a source");
        }
    }

    /**
     * {@code source} truncated to {@code kind} (Django's {@code Trunc}).
     *
     * @param source a field path to a date or datetime, or an expression
     * @param kind {@code "year"}, {@code "quarter"}, {@code "month"}, {@code "week"}, {@code "day"},
     *     {@code "hour"}, {@code "minute"}, {@code "second"}, {@code "date"} or {@code "time"}
     * @return the truncation, for {@code annotate}, {@code filter} or {@code orderBy}
     * @throws FieldError if no kind has that name
     */
    public static Trunc of(Object source, String kind) {
        return new Trunc(Kind.named(kind), Func.arguments(source).getFirst());
    }

    static Trunc of(Object source, Kind kind) {
        return new Trunc(kind, Func.arguments(source).getFirst());
    }

    @Override
    public Expression resolve(Resolver query) {
        Expression s = source.resolve(query);
        Storage storage = s.outputType().storage();
        if (storage != Storage.TIMESTAMP && storage != Storage.DATE) {
            throw new FieldError("Trunc applies to a date or a datetime, not to " + describe(s) + " (" + storage + ")");
        }
        if (storage == Storage.DATE && kind.ofTime()) {
            throw new FieldError("Cannot truncate a date to '" + kind.name().toLowerCase(Locale.ROOT)
                    + "': a date has no time of day; choices are year, quarter, month, week, day, date");
        }
        return s == source ? this : new Trunc(kind, s);
    }

    private static String describe(Expression e) {
        return e.outputType().field() != null ? e.outputType().field().toString() : e.getClass().getSimpleName();
    }

    /** {@return the type of the source: a datetime or a date} */
    public Storage sourceStorage() {
        Storage s = source.outputType().storage();
        return s == null ? Storage.TIMESTAMP : s;
    }

    @Override
    public OutputType outputType() {
        return switch (kind) {
            case DATE -> OutputType.DATE;
            case TIME -> OutputType.of(Storage.TIME);
            default -> OutputType.of(sourceStorage());
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
