package dev.covet.orm.query.functions;

import dev.covet.orm.query.Expression;
import dev.covet.orm.query.Func;
import dev.covet.orm.query.OutputType;

import dev.covet.orm.exception.FieldError;

import java.util.ArrayList;
import java.util.List;

/**
 * The texts joined, a NULL counting as an empty text on every database (as Django's {@code Concat}).
 * A String argument is a field path; {@code Value.of("text")} is a constant. Immutable.
 *
 * <pre>{@code Author.objects.annotate("label", Concat.of("name", Value.of(" <"), "email", Value.of(">")))}</pre>
 *
 * @param parts the texts to join, two or more
 */
public record Concat(List<Expression> parts) implements Expression {
    /**
     * Copies the parts and checks there are at least two.
     *
     * @throws FieldError if there are fewer than two parts
     */
    public Concat {
        parts = List.copyOf(parts);
        if (parts.size() < 2) {
            throw new FieldError("Concat needs at least two parts, got " + parts.size());
        }
    }

    /**
     * The texts joined (Django's {@code Concat}); a NULL part counts as an empty text.
     *
     * @param parts two or more field paths or expressions; {@code Value.of("text")} for a constant
     * @return the concatenation, for {@code annotate}, {@code filter} or {@code orderBy}
     * @throws FieldError if there are fewer than two parts
     */
    public static Concat of(Object... parts) {
        return new Concat(Func.arguments(parts));
    }

    @Override
    public Expression resolve(Resolver query) {
        List<Expression> resolved = new ArrayList<>(parts.size());
        for (Expression p : parts) {
            resolved.add(p.resolve(query));
        }
        return new Concat(resolved);
    }

    @Override
    public OutputType outputType() {
        return OutputType.STRING;
    }

    @Override
    public boolean containsAggregate() {
        return parts.stream().anyMatch(Expression::containsAggregate);
    }
}
