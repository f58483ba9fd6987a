package dev.covet.orm.query;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.field.FieldKind.Storage;

/**
 * Arithmetic on two expressions: {@code F.of("price").times(1.1)} (Django's {@code CombinedExpression}).
 *
 * @param lhs the left operand
 * @param op  the operator
 * @param rhs the right operand
 */
public record Combined(Expression lhs, Op op, Expression rhs) implements Expression {
    /** The arithmetic operators. */
    public enum Op {
        /** Addition. */
        ADD("+"),
        /** Subtraction. */
        SUBTRACT("-"),
        /** Multiplication. */
        MULTIPLY("*"),
        /** Division. */
        DIVIDE("/");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        /** {@return the SQL operator, such as {@code "+"}} */
        public String symbol() {
            return symbol;
        }
    }

    @Override
    public Expression resolve(Resolver query) {
        Expression l = lhs.resolve(query);
        Expression r = rhs.resolve(query);
        refuseText(l);
        refuseText(r);
        // A constant beside a column takes the column's storage, so "F(quantity) - 1" binds an integer.
        if (r instanceof Value v && v.value() != null && l.outputType().storage() != null && l.outputType().storage().isNumeric()) {
            r = new Value(v.value(), widen(l.outputType().storage(), v.storage()), v.sensitive());
        }
        if (l == lhs && r == rhs) {
            return this;
        }
        return new Combined(l, op, r);
    }

    @Override
    public OutputType outputType() {
        Storage a = lhs.outputType().storage();
        Storage b = rhs.outputType().storage();
        if (a == null) {
            return rhs.outputType();
        }
        if (b == null) {
            return lhs.outputType();
        }
        Storage s = widen(a, b);
        if (s == a && lhs.outputType().field() != null && (op == Op.ADD || op == Op.SUBTRACT)) {
            return lhs.outputType();
        }
        return OutputType.of(s);
    }

    @Override
    public boolean containsAggregate() {
        return lhs.containsAggregate() || rhs.containsAggregate();
    }

    /** Arithmetic on text, JSON, booleans, bytes or UUIDs is an error in every database, or (MySQL) a silent 0: refuse it here. */
    private void refuseText(Expression side) {
        Storage s = side.outputType().storage();
        if (s != null && switch (s) {
            case STRING, JSON, BOOLEAN, BYTES, UUID, ARRAY -> true;
            default -> false;
        }) {
            throw new FieldError("Cannot compute " + op.symbol() + " with " + PathResolver.describe(side) + ", which holds "
                    + s.name().toLowerCase(java.util.Locale.ROOT) + " values, not numbers");
        }
    }

    /** The storage able to hold both: decimal beats floating point beats integers. */
    static Storage widen(Storage a, Storage b) {
        if (b == null || a == b) {
            return a;
        }
        if (!a.isNumeric() || !b.isNumeric()) {
            return a;
        }
        if (a == Storage.DECIMAL || b == Storage.DECIMAL) {
            return Storage.DECIMAL;
        }
        if (a == Storage.DOUBLE || b == Storage.DOUBLE || a == Storage.FLOAT || b == Storage.FLOAT) {
            return Storage.DOUBLE;
        }
        return Storage.LONG;
    }

    @Override
    public boolean containsWindow() {
        return lhs.containsWindow() || rhs.containsWindow();
    }
}
