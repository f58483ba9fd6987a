package dev.covet.orm.query.functions;

import dev.covet.orm.query.Expression;
import dev.covet.orm.query.Func;
import dev.covet.orm.query.OutputType;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.field.FieldKind.Storage;

/**
 * {@code CAST(source AS type)}, the type named per database for {@code storage}. Immutable.
 *
 * <pre>{@code Book.objects.annotate("pagesText", Cast.of(F.of("pages"), Storage.STRING))}</pre>
 *
 * @param source  the value to cast
 * @param storage what to cast to: any storage but {@code ARRAY}
 */
public record Cast(Expression source, Storage storage) implements Expression {
    /**
     * Checks that there is a type to cast to.
     *
     * @throws FieldError if {@code storage} is null or {@code ARRAY}
     */
    public Cast {
        if (storage == null || storage == Storage.ARRAY) {
            throw new FieldError("Cast needs a type to cast to: a storage other than ARRAY, got " + storage);
        }
    }

    /**
     * {@code source} (a field path or an expression) as {@code storage} (Django's {@code Cast}).
     *
     * @param source a field path, or an expression
     * @param storage what to cast to: any storage but {@code ARRAY}
     * @return the cast, for {@code annotate}, {@code filter} or {@code orderBy}
     * @throws FieldError if {@code storage} is null or {@code ARRAY}
     */
    public static Cast of(Object source, Storage storage) {
        return new Cast(Func.arguments(source).getFirst(), storage);
    }

    @Override
    public Expression resolve(Resolver query) {
        Expression s = source.resolve(query);
        return s == source ? this : new Cast(s, storage);
    }

    @Override
    public OutputType outputType() {
        return OutputType.of(storage);
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
