package dev.covet.orm.meta;


/**
 * A {@code @GenericForeignKey} of a model: its name, and the two ordinary fields it reads and writes,
 * the foreign key to {@code ContentType} and the object id. Linked at registration; immutable and
 * thread-safe afterwards.
 */
public final class GenericForeignKeyInfo {
    private final ModelInfo<?> model;
    private final String name;
    private final String ctFieldName;
    private final String fkFieldName;
    private final FieldAccess access;
    private FieldInfo ctField;
    private FieldInfo fkField;

    GenericForeignKeyInfo(ModelInfo<?> model, ModelSpec.GenericSpec spec) {
        this.model = model;
        this.name = spec.name();
        this.ctFieldName = spec.ctField();
        this.fkFieldName = spec.fkField();
        this.access = spec.access();
    }

    /** {@return the model that declares the generic key} */
    public ModelInfo<?> model() {
        return model;
    }

    /** {@return the Java field name of the {@code GenericRef}} */
    public String name() {
        return name;
    }

    /** {@return the foreign key to {@code ContentType}: which model the target is} */
    public FieldInfo ctField() {
        return ctField;
    }

    /** {@return the field holding the target's primary key} */
    public FieldInfo fkField() {
        return fkField;
    }

    /**
     * The {@code GenericRef} holder of {@code instance}.
     *
     * @param instance an instance of the declaring model
     * @return the value of the generic key's Java field
     */
    public Object value(Entity instance) {
        return access.get(instance);
    }

    String ctFieldName() {
        return ctFieldName;
    }

    String fkFieldName() {
        return fkFieldName;
    }

    void link(FieldInfo ctField, FieldInfo fkField) {
        this.ctField = ctField;
        this.fkField = fkField;
    }

    @Override
    public String toString() {
        return model.name() + "." + name;
    }
}
