package dev.covet.orm.meta;

/**
 * The reverse side of a relation, seen from its target: {@code author.books} for
 * {@code Book.author}. Reached by {@link #accessorName()} on instances and by
 * {@link #queryName()} in lookups.
 *
 * @param field        the forward field on the other model
 * @param accessorName the name on instances ({@code books}, {@code bookSet}, {@code profile})
 * @param queryName    the name in lookups ({@code books__title}, {@code book__title})
 */
public record ReverseRelation(FieldInfo field, String accessorName, String queryName) {
    /** {@return the model that declares the forward field} */
    public ModelInfo<?> relatedModel() {
        return field.model();
    }

    /** {@return whether the reverse side holds many objects (everything but a one-to-one)} */
    public boolean isMultiple() {
        return field.relation().kind() != RelationInfo.Kind.ONE_TO_ONE;
    }

    /** {@return whether the forward field is a many-to-many} */
    public boolean isManyToMany() {
        return field.relation().isManyToMany();
    }
}
