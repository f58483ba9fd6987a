package dev.covet.orm.path;

import dev.covet.orm.Q;
import dev.covet.orm.query.RelationLookup;

import java.util.Collection;

/**
 * The path to a relation ({@code Book_.author}, {@code Author_.books}): generated metamodels extend it with
 * the paths of the related model's fields ({@code Book_.author.name}). It goes to {@code selectRelated},
 * {@code prefetchRelated} and {@code values}, and compares the related row's primary key. Immutable and
 * thread-safe.
 *
 * <pre>{@code Book.objects.selectRelated(Book_.author).filter(Book_.author.name.icontains("x"));}</pre>
 */
public class RelationPath implements Path, RelationLookup {
    private final String lookup;

    /**
     * The path {@code lookup}, such as {@code "author"}; generated code calls this.
     *
     * @param lookup the double-underscore path from the model, such as {@code "author__name"}
     */
    public RelationPath(String lookup) {
        this.lookup = PathNames.check(lookup);
    }

    @Override
    public final String lookup() {
        return lookup;
    }

    /** The path of {@code name} on the related model ({@code author__name}); generated code calls this. */
    protected final String child(String name) {
        return lookup + "__" + name;
    }

    /**
     * The relation points at {@code target} (a model instance or its primary key).
     *
     * @param target the related instance, or its primary key
     * @return the condition, for {@code filter} or {@code exclude}
     */
    public Q exact(Object target) {
        return Q.of(lookup, target);
    }

    /**
     * The relation points at one of {@code targets}.
     *
     * @param targets related instances or primary keys; an empty collection matches no row
     * @return the condition, for {@code filter} or {@code exclude}
     */
    public Q in(Collection<?> targets) {
        return Q.of(lookup + "__in", targets);
    }

    /**
     * The relation is empty ({@code true}) or is not ({@code false}).
     *
     * @param isNull {@code true} for rows with no related object, {@code false} for rows with one
     * @return the condition, for {@code filter} or {@code exclude}
     */
    public Q isnull(boolean isNull) {
        return Q.of(lookup + "__isnull", isNull);
    }

    @Override
    public String toString() {
        return lookup;
    }
}
