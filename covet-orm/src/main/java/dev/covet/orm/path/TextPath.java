package dev.covet.orm.path;

import dev.covet.orm.Q;

/**
 * The path to a text column ({@code Book_.title}): a {@link FieldPath} with the text lookups. Immutable and
 * thread-safe.
 *
 * <pre>{@code Book.objects.filter(Book_.author.name.icontains("le guin"));}</pre>
 */
public final class TextPath extends FieldPath<String> {
    /** The path {@code lookup}; generated code calls this. */
    public TextPath(String lookup) {
        super(lookup);
    }

    /** The field equals {@code value}, ignoring case. */
    public Q iexact(String value) {
        return Q.of(lookup() + "__iexact", value);
    }

    /** The field contains {@code text}. */
    public Q contains(String text) {
        return Q.of(lookup() + "__contains", text);
    }

    /** The field contains {@code text}, ignoring case. */
    public Q icontains(String text) {
        return Q.of(lookup() + "__icontains", text);
    }

    /** The field starts with {@code text}. */
    public Q startswith(String text) {
        return Q.of(lookup() + "__startswith", text);
    }

    /** The field starts with {@code text}, ignoring case. */
    public Q istartswith(String text) {
        return Q.of(lookup() + "__istartswith", text);
    }

    /** The field ends with {@code text}. */
    public Q endswith(String text) {
        return Q.of(lookup() + "__endswith", text);
    }

    /** The field ends with {@code text}, ignoring case. */
    public Q iendswith(String text) {
        return Q.of(lookup() + "__iendswith", text);
    }

    /** The field matches the regular expression {@code pattern}. */
    public Q regex(String pattern) {
        return Q.of(lookup() + "__regex", pattern);
    }

    /** The field matches the regular expression {@code pattern}, ignoring case. */
    public Q iregex(String pattern) {
        return Q.of(lookup() + "__iregex", pattern);
    }
}
