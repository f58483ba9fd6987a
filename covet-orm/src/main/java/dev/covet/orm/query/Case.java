package dev.covet.orm.query;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.field.FieldKind.Storage;

import java.util.ArrayList;
import java.util.List;

/**
 * The value of the first {@link When} whose condition holds, else {@link #otherwise} (NULL by
 * default). Its type is the first branch's (or the one {@link #output} names). Immutable.
 *
 * <pre>{@code
 * Book.objects.annotate("size", Case.of(When.of("pages__gte", 300, "long"), When.of("pages__gte", 100, "medium"))
 *         .otherwise("short"));
 * Author.objects.aggregate(Sum.of(Case.of(When.of("name__startswith", "A", 1)).otherwise(0)).as("aNames"));
 * }</pre>
 *
 * @param whens     the branches, tried in order
 * @param otherwise the value when no branch holds, or null for NULL
 * @param output    the type of the values, or null for the first branch's
 */
public record Case(List<When> whens, Expression otherwise, OutputType output) implements Expression {
    /**
     * Copies the branches and checks there is one.
     *
     * @throws FieldError if there is no branch
     */
    public Case {
        whens = List.copyOf(whens);
        if (whens.isEmpty()) {
            throw new FieldError("Case needs at least one When");
        }
    }

    /**
     * The branches, tried in order (Django's {@code Case(When(...), ...)}).
     *
     * @param first the first branch
     * @param more  the other branches, in order
     * @return the expression, NULL when no branch holds until {@link #otherwise} says otherwise
     */
    public static Case of(When first, When... more) {
        List<When> all = new ArrayList<>();
        all.add(first);
        all.addAll(List.of(more));
        return new Case(all, null, null);
    }

    /**
     * The value when no branch holds (Django's {@code default=}).
     *
     * @param value an expression, or a constant (a String is a constant here)
     * @return a new expression
     */
    public Case otherwise(Object value) {
        return new Case(whens, Value.wrap(value), output);
    }

    /**
     * The values come back as {@code storage} (Django's {@code output_field=}).
     *
     * @param storage the type of every branch's value
     * @return a new expression
     */
    public Case output(Storage storage) {
        return new Case(whens, otherwise, OutputType.of(storage));
    }

    @Override
    public Expression resolve(Resolver query) {
        List<When> resolved = new ArrayList<>(whens.size());
        for (When w : whens) {
            resolved.add((When) w.resolve(query));
        }
        Expression other = otherwise == null ? null : otherwise.resolve(query);
        OutputType type = outputType(resolved, other);
        for (When w : resolved) {
            check(w.then(), type);
        }
        if (other != null) {
            check(other, type);
        }
        return new Case(resolved, other, output);
    }

    private OutputType outputType(List<When> branches, Expression other) {
        if (output != null) {
            return output;
        }
        for (When w : branches) {
            if (w.then().outputType().storage() != null) {
                return w.then().outputType();
            }
        }
        return other == null ? OutputType.ANY : other.outputType();
    }

    /** Branches of text and numbers cannot mix: the databases would each convert differently. */
    private static void check(Expression branch, OutputType type) {
        Storage want = type.storage();
        Storage got = branch.outputType().storage();
        if (want == null || got == null || want == got || (want.isNumeric() && got.isNumeric())) {
            return;
        }
        throw new FieldError("Case mixes types: a branch of " + got.name().toLowerCase(java.util.Locale.ROOT)
                + " where the Case holds " + want.name().toLowerCase(java.util.Locale.ROOT) + "; give every branch the same type or use output(...)");
    }

    @Override
    public OutputType outputType() {
        return outputType(whens, otherwise);
    }

    @Override
    public boolean containsAggregate() {
        return whens.stream().anyMatch(Expression::containsAggregate) || (otherwise != null && otherwise.containsAggregate());
    }
}
