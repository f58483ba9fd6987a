package dev.covet.orm.relation;

import dev.covet.orm.meta.RelationValues;
import dev.covet.orm.Model;

/**
 * The value of a many-to-many field: the objects related to one instance, with {@code add},
 * {@code remove}, {@code clear}, {@code set} and {@code create}. Covet creates one per field; leave such
 * fields uninitialized. Not thread-safe.
 *
 * <pre>{@code
 * post.tags.add(python, orm);
 * post.tags.remove(orm);
 * List<Tag> tags = post.tags.list();
 * }</pre>
 *
 * @param <T> the related model
 */
public final class ManyToMany<T extends Model> extends RelatedManager<T> implements RelationValues.Many {
    ManyToMany(Model owner, String fieldName) {
        super(owner, fieldName);
    }
}
