package dev.covet.orm.meta;


/**
 * A {@code @GenericRelation} of a model: the reverse side of a {@link GenericForeignKeyInfo} on another
 * model ({@code post.comments} for {@code Comment.contentObject}). Linked at registration; immutable and
 * thread-safe afterwards.
 */
public final class GenericRelationInfo {
    private final ModelInfo<?> model;
    private final String name;
    private final Class<? extends Entity> relatedType;
    private final String ctFieldName;
    private final String fkFieldName;
    private GenericForeignKeyInfo key;

    GenericRelationInfo(ModelInfo<?> model, ModelSpec.GenericSpec spec) {
        this.model = model;
        this.name = spec.name();
        this.relatedType = spec.related();
        this.ctFieldName = spec.ctField();
        this.fkFieldName = spec.fkField();
    }

    /** {@return the model that declares the relation (the one the generic key points at)} */
    public ModelInfo<?> model() {
        return model;
    }

    /** {@return the Java field name of the manager} */
    public String name() {
        return name;
    }

    /** {@return the model that declares the generic key} */
    public ModelInfo<?> relatedModel() {
        return key.model();
    }

    /** {@return the generic key on the related model that this relation reverses} */
    public GenericForeignKeyInfo genericForeignKey() {
        return key;
    }

    Class<? extends Entity> relatedType() {
        return relatedType;
    }

    String ctFieldName() {
        return ctFieldName;
    }

    String fkFieldName() {
        return fkFieldName;
    }

    void link(GenericForeignKeyInfo key) {
        this.key = key;
    }

    @Override
    public String toString() {
        return model.name() + "." + name;
    }
}
