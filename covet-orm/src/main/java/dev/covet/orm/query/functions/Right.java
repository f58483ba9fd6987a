package dev.covet.orm.query.functions;

import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.query.Func;
import dev.covet.orm.query.OutputType;

import java.util.List;

/**
 * The last {@code length} characters of the text (all of it when shorter). A String source is a field
 * path; {@code length} is a positive number or an expression. {@code RIGHT} on PostgreSQL and MariaDB,
 * a function of Covet's on SQLite, which has none.
 *
 * <pre>{@code Product.objects.annotate("suffix", Right.of("sku", 3))}</pre>
 */
public final class Right {
    private Right() {
    }

    /**
     * The last {@code length} characters of {@code source} (Django's {@code Right}).
     *
     * @param source a field path, or an expression
     * @param length a positive whole number, or an expression
     * @return the function, for {@code annotate}, {@code filter} or {@code orderBy}
     * @throws dev.covet.orm.exception.FieldError if a constant length is not a positive whole number
     */
    public static Func of(Object source, Object length) {
        return new Func("RIGHT", List.of(Func.arguments(source).getFirst(), Left.checkedLength("Right", length)),
                OutputType.of(Storage.STRING));
    }
}
