package dev.covet.orm;

import dev.covet.orm.exception.FieldError;
import java.util.LinkedHashMap;
import java.util.Map;

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
    private final Map<Class<?>, QuerySet<? extends Model>> perModel;

    private Prefetch(String lookup, QuerySet<? extends Model> queryset, String toAttr,
                     Map<Class<?>, QuerySet<? extends Model>> perModel) {
        this.lookup = lookup;
        this.queryset = queryset;
        this.toAttr = toAttr;
        this.perModel = perModel;
    }

    private Prefetch(String lookup, QuerySet<? extends Model> queryset, String toAttr) {
        this(lookup, queryset, null, null);
    }

    /**
     * A generic key at {@code lookup} whose targets load through {@code querysets}, one per model
     * (Django's {@code GenericPrefetch}); targets of other models load plainly.
     *
     * <pre>{@code
     * Comment.objects.prefetchRelated(Prefetch.generic("contentObject",
     *     Post.objects.selectRelated("author"), Photo.objects.only("caption")));
     * }</pre>
     *
     * @param lookup the generic foreign key's name
     * @param querysets one QuerySet per target model, used to load that model's objects
     * @return the prefetch
     */
    @SafeVarargs
    public static Prefetch generic(String lookup, QuerySet<? extends Model>... querysets) {
        Map<Class<?>, QuerySet<? extends Model>> byModel = new LinkedHashMap<>();
        for (QuerySet<? extends Model> qs : querysets) {
            Class<?> type = qs.query().model().type();
            if (byModel.put(type, qs) != null) {
                throw new FieldError("Prefetch.generic(\"" + lookup + "\") was given two querysets over " + type.getSimpleName());
            }
        }
        return new Prefetch(lookup, null, null, Map.copyOf(byModel));
    }

    /**
     * The relation at {@code lookup} ({@code "books"}, {@code "books__publisher"}).
     *
     * @param lookup the relation path, steps joined by {@code "__"}
     * @return the prefetch
     */
    public static Prefetch of(String lookup) {
        return new Prefetch(lookup, null, null);
    }

    /**
     * The relation at {@code lookup}, its last level loaded through {@code queryset}.
     *
     * @param lookup the relation path, steps joined by {@code "__"}
     * @param queryset the QuerySet that loads the last level (filtered, ordered, with its own selectRelated)
     * @return the prefetch
     */
    public static Prefetch of(String lookup, QuerySet<? extends Model> queryset) {
        return new Prefetch(lookup, queryset, null);
    }

    /**
     * Stores the prefetched list under {@code name} instead of in the relation's cache.
     *
     * @param name the attribute name, read back with {@code get(name)}; a Java identifier
     * @return a copy of this prefetch that stores under {@code name}
     * @throws dev.covet.orm.exception.FieldError if {@code name} is not a valid name
     */
    public Prefetch toAttr(String name) {
        if (!dev.covet.orm.meta.Naming.isIdentifier(name)) {
            throw new FieldError("toAttr name '" + name + "' is not a valid name");
        }
        return new Prefetch(lookup, queryset, name, perModel);
    }

    /**
     * The relation path to prefetch.
     *
     * @return the path, steps joined by {@code "__"}
     */
    public String lookup() {
        return lookup;
    }

    /**
     * The QuerySet for the last level, or null for the related model's plain rows.
     *
     * @return the QuerySet, or null
     */
    public QuerySet<? extends Model> queryset() {
        return queryset;
    }

    /**
     * For {@link #generic}, the QuerySet of each target model; otherwise null.
     *
     * @return target model to QuerySet, or null
     */
    public Map<Class<?>, QuerySet<? extends Model>> genericQuerysets() {
        return perModel;
    }

    /**
     * The name the results are stored under, or null for the relation's own cache.
     *
     * @return the attribute name, or null
     */
    public String toAttrName() {
        return toAttr;
    }

    @Override
    public String toString() {
        return "Prefetch(" + lookup + (toAttr == null ? "" : " -> " + toAttr) + ")";
    }
}
