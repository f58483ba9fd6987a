package dev.covet.orm.query.functions;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.query.Expression;
import dev.covet.orm.query.Func;
import dev.covet.orm.query.OutputType;
import dev.covet.orm.query.Value;

import java.util.List;

/**
 * The first {@code length} characters of the text (all of it when shorter). A String source is a field
 * path; {@code length} is a positive number or an expression.
 *
 * <pre>{@code Author.objects.annotate("initials", Left.of("name", 2))}</pre>
 */
public final class Left {
    private Left() {
    }

    /**
     * The first {@code length} characters of {@code source} (Django's {@code Left}).
     *
     * @param source a field path, or an expression
     * @param length a positive whole number, or an expression
     * @return the function, for {@code annotate}, {@code filter} or {@code orderBy}
     * @throws FieldError if a constant length is not a positive whole number
     */
    public static Func of(Object source, Object length) {
        // SUBSTR(x, 1, n) is LEFT on every database
        return new Func("SUBSTR", List.of(Func.arguments(source).getFirst(), Value.of(1), checkedLength("Left", length)),
                OutputType.of(Storage.STRING));
    }

    /** A constant length must be a positive whole number, as Django requires. */
    static Expression checkedLength(String function, Object length) {
        if (length instanceof Expression e) {
            return e;
        }
        if (!(length instanceof Integer || length instanceof Long || length instanceof Short)) {
            throw new FieldError(function + " needs a whole number of characters or an expression, got " + length);
        }
        if (((Number) length).longValue() < 1) {
            throw new FieldError(function + "'s length must be greater than 0, got " + length);
        }
        return Value.of(((Number) length).intValue());
    }
}
