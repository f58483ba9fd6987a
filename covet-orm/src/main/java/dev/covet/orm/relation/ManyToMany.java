package dev.covet.orm.relation;

import dev.covet.orm.Model;

/**
 * The value of a many-to-many field: a manager of the related objects of one instance.
 * Covet creates one per field; leave such fields uninitialized.
 *
 * @param <T> the related model
 */
public final class ManyToMany<T extends Model> {
    private final Model owner;
    private final String fieldName;

    ManyToMany(Model owner, String fieldName) {
        this.owner = owner;
        this.fieldName = fieldName;
    }

    Model owner() {
        return owner;
    }

    String fieldName() {
        return fieldName;
    }
}
