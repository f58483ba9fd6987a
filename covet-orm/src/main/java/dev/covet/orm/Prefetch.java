package dev.covet.orm;

/**
 * A relation to load for every row of a QuerySet in one extra query per level (Django's
 * {@code Prefetch}), optionally with a QuerySet of its own (filtered, ordered) and stored under
 * another name. Immutable.
 *
 * <pre>{@code
 * Author.objects.prefetchRelated(
 *     Prefetch.of("books", Book.objects.filter("price__gt", 20).orderBy("title")).toAttr("expensiveBooks"));
 * author.get("expensiveBooks");           // a List<Book>, also put into a field of that name if declared
 * }</pre>
 */
public final class Prefetch {
    private final String lookup;
    private final QuerySet<? extends Model> queryset;
    private final String toAttr;

    private Prefetch(String lookup, QuerySet<? extends Model> queryset, String toAttr) {
        this.lookup = lookup;
        this.queryset = queryset;
        this.toAttr = toAttr;
    }

    /** The relation at {@code lookup} ({@code "books"}, {@code "books__publisher"}). */
    public static Prefetch of(String lookup) {
        return new Prefetch(lookup, null, null);
    }

    /** The relation at {@code lookup}, its last level loaded through {@code queryset}. */
    public static Prefetch of(String lookup, QuerySet<? extends Model> queryset) {
        return new Prefetch(lookup, queryset, null);
    }

    /** Stores the prefetched list under {@code name} instead of in the relation's cache. */
    public Prefetch toAttr(String name) {
        if (!dev.covet.orm.meta.Naming.isIdentifier(name)) {
            throw new FieldError("toAttr name '" + name + "' is not a valid name");
        }
        return new Prefetch(lookup, queryset, name);
    }

    public String lookup() {
        return lookup;
    }

    /** The QuerySet for the last level, or null for the related model's plain rows. */
    public QuerySet<? extends Model> queryset() {
        return queryset;
    }

    /** The name the results are stored under, or null for the relation's own cache. */
    public String toAttrName() {
        return toAttr;
    }

    @Override
    public String toString() {
        return "Prefetch(" + lookup + (toAttr == null ? "" : " -> " + toAttr) + ")";
    }
}
