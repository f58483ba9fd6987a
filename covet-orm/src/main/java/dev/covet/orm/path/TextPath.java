package dev.covet.orm.path;

import dev.covet.orm.Q;

/**
 * The path to a text column ({@code Book_.title}): a {@link FieldPath} with the text lookups. Immutable and
 * thread-safe.
 *
 * <pre>{@code Book.objects.filter(Book_.author.name.icontains("le guin"));}</pre>
 */
public final class TextPath extends FieldPath<String> {
    /**
     * The path {@code lookup}; generated code calls this.
     *
     * @param lookup the double-underscore path from the model, such as {@code "author__name"}
     */
    public TextPath(String lookup) {
        super(lookup);
    }

    /**
     * The field equals {@code value}, ignoring case.
     *
     * @param value the text to compare with
     * @return the condition, for {@code filter} or {@code exclude}
     */
    public Q iexact(String value) {
        return Q.of(lookup() + "__iexact", value);
    }

    /**
     * The field contains {@code text}.
     *
     * @param text the text to look for, matched literally (no wildcards)
     * @return the condition, for {@code filter} or {@code exclude}
     */
    public Q contains(String text) {
        return Q.of(lookup() + "__contains", text);
    }

    /**
     * The field contains {@code text}, ignoring case.
     *
     * @param text the text to look for, matched literally (no wildcards)
     * @return the condition, for {@code filter} or {@code exclude}
     */
    public Q icontains(String text) {
        return Q.of(lookup() + "__icontains", text);
    }

    /**
     * The field starts with {@code text}.
     *
     * @param text the text to look for, matched literally (no wildcards)
     * @return the condition, for {@code filter} or {@code exclude}
     */
    public Q startswith(String text) {
        return Q.of(lookup() + "__startswith", text);
    }

    /**
     * The field starts with {@code text}, ignoring case.
     *
     * @param text the text to look for, matched literally (no wildcards)
     * @return the condition, for {@code filter} or {@code exclude}
     */
    public Q istartswith(String text) {
        return Q.of(lookup() + "__istartswith", text);
    }

    /**
     * The field ends with {@code text}.
     *
     * @param text the text to look for, matched literally (no wildcards)
     * @return the condition, for {@code filter} or {@code exclude}
     */
    public Q endswith(String text) {
        return Q.of(lookup() + "__endswith", text);
    }

    /**
     * The field ends with {@code text}, ignoring case.
     *
     * @param text the text to look for, matched literally (no wildcards)
     * @return the condition, for {@code filter} or {@code exclude}
     */
    public Q iendswith(String text) {
        return Q.of(lookup() + "__iendswith", text);
    }

    /**
     * The field matches the regular expression {@code pattern}.
     *
     * @param pattern the regular expression, in the database's own dialect
     * @return the condition, for {@code filter} or {@code exclude}
     */
    public Q regex(String pattern) {
        return Q.of(lookup() + "__regex", pattern);
    }

    /**
     * The field matches the regular expression {@code pattern}, ignoring case.
     *
     * @param pattern the regular expression, in the database's own dialect
     * @return the condition, for {@code filter} or {@code exclude}
     */
    public Q iregex(String pattern) {
        return Q.of(lookup() + "__iregex", pattern);
    }
}
