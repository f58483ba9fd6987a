package dev.covet.orm.query.functions;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.query.Expression;
import dev.covet.orm.query.Func;
import dev.covet.orm.query.OutputType;

/**
 * The number rounded to the nearest integer, or to {@code places} decimal places (halves away from zero).
 * A String argument is a field path; {@code Value.of(...)} is a constant.
 *
 * <pre>{@code Round.of("price")      Round.of("price", 1)}</pre>
 */
public final class Round {
    private Round() {
    }

    /**
     * {@code source} rounded to the nearest integer (Django's {@code Round}).
     *
     * @param source a field path, or an expression
     * @return the function, for {@code annotate}, {@code filter} or {@code orderBy}
     */
    public static Func of(Object source) {
        return new Func("ROUND", Func.arguments(source), null);
    }

    /**
     * {@code source} rounded to {@code places} (0 to 30) decimal places; the result keeps the source's type.
     *
     * @param source a field path, or an expression
     * @param places the decimal places to keep, 0 to 30
     * @return the rounding, for {@code annotate}, {@code filter} or {@code orderBy}
     * @throws FieldError if {@code places} is not between 0 and 30
     */
    public static Places of(Object source, int places) {
        return new Places(Func.arguments(source).getFirst(), places);
    }

    /**
     * {@code ROUND(source, places)}: each database renders it (PostgreSQL rounds a float as a numeric).
     *
     * @param source the number to round
     * @param places the decimal places to keep, 0 to 30
     */
    public record Places(Expression source, int places) implements Expression {
        /**
         * Checks the number of places.
         *
         * @throws FieldError if {@code places} is not between 0 and 30
         */
        public Places {
            if (places < 0 || places > 30) {
                throw new FieldError("Round's decimal places must be between 0 and 30, got " + places);
            }
        }

        @Override
        public Expression resolve(Resolver query) {
            Expression s = source.resolve(query);
            if (s.outputType().storage() != null && !s.outputType().storage().isNumeric()) {
                throw new FieldError("Round needs a number, not " + s.outputType().storage());
            }
            return s == source ? this : new Places(s, places);
        }

        @Override
        public OutputType outputType() {
            return source.outputType();
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
}
