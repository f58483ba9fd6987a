package dev.covet.orm.query.functions;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.query.Func;
import dev.covet.orm.query.Transform;

import java.util.Arrays;

/**
 * A part of a date, datetime or time, in UTC, as a number: the same node as the lookup-path transforms
 * ({@code createdAt__year}). Kinds: {@code year}, {@code iso_year}, {@code quarter}, {@code month},
 * {@code week} (ISO), {@code day}, {@code week_day} (Sunday 1), {@code iso_week_day} (Monday 1),
 * {@code hour}, {@code minute}, {@code second}.
 *
 * <pre>{@code Order.objects.annotate("q", Extract.of("createdAt", "quarter"))     ExtractMonth.of("createdAt")}</pre>
 */
public final class Extract {
    private Extract() {
    }

    /**
     * The part {@code kind} of {@code source} (Django's {@code Extract}).
     *
     * @param source a field path to a date, datetime or time, or an expression
     * @param kind the part, as in a lookup path: {@code "year"}, {@code "iso_year"}, {@code "month"}, {@code "week_day"}...
     * @return the number, for {@code annotate}, {@code filter} or {@code orderBy}
     * @throws FieldError if {@code kind} is not a part that can be extracted
     */
    public static Transform of(Object source, String kind) {
        Transform.Kind k = Transform.Kind.named(kind);
        if (k == null || k == Transform.Kind.DATE || k == Transform.Kind.TIME) {
            throw new FieldError("Unknown extract kind '" + kind + "'; choices are " + String.join(", ",
                    Arrays.stream(Transform.Kind.values()).filter(x -> x != Transform.Kind.DATE && x != Transform.Kind.TIME)
                            .map(Transform.Kind::lookupName).toList()));
        }
        return of(source, k);
    }

    static Transform of(Object source, Transform.Kind kind) {
        return new Transform(kind, Func.arguments(source).getFirst());
    }
}
