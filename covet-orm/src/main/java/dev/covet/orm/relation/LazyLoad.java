package dev.covet.orm.relation;

import dev.covet.orm.Model;

/**
 * A relation that was loaded on first touch rather than with the query that loaded its owner: the
 * step of an N+1 loop. {@link LazyLoads} reports one just before the query that loads it runs, on
 * the same thread.
 *
 * @param model    the model the relation belongs to
 * @param relation the relation's name on that model (a field or a reverse accessor)
 * @param single   does it point at one object (a foreign key or one-to-one field, so {@code selectRelated}
 *                 can join it), or at several (or a reverse or generic one, which {@code prefetchRelated} loads)?
 */
public record LazyLoad(Class<? extends Model> model, String relation, boolean single) {
    /**
     * What loads it with its owners instead, for example {@code selectRelated("author")}.
     *
     * @return the call to add to the query, as text
     */
    public String remedy() {
        return (single ? "selectRelated" : "prefetchRelated") + "(\"" + relation + "\")";
    }

    @Override
    public String toString() {
        return model.getSimpleName() + "." + relation;
    }
}
