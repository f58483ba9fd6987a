package dev.covet.orm.meta;

import dev.covet.orm.field.OnDelete;

import java.util.function.Supplier;

/**
 * The relation a field holds: a foreign key, a one-to-one or a many-to-many. The target
 * is resolved when the models are linked at registration.
 */
public final class RelationInfo {
    /** The three kinds of relation a field can declare. */
    public enum Kind {
        /** A {@code @ForeignKey}: many rows here to one target row (Django's {@code ForeignKey}). */
        FOREIGN_KEY,
        /** A {@code @OneToOneField}: a unique foreign key (Django's {@code OneToOneField}). */
        ONE_TO_ONE,
        /** A {@code @ManyToManyField}, through a junction table (Django's {@code ManyToManyField}). */
        MANY_TO_MANY
    }

    private final Kind kind;
    private final Class<? extends Entity> declaredTarget;
    private final String targetName;
    private final OnDelete onDelete;
    private final Supplier<?> setTo;
    private final String relatedName;
    private final String relatedQueryName;
    private final String toFieldName;
    private final boolean dbConstraint;
    private final boolean parentLink;
    private final Class<? extends Entity> through;
    private final String[] throughFields;
    private final String dbTable;
    private final boolean symmetrical;

    private FieldInfo field;
    private ModelInfo<?> target;
    private FieldInfo targetField;
    private Junction junction;

    RelationInfo(Kind kind, Class<? extends Entity> declaredTarget, String targetName, OnDelete onDelete, Supplier<?> setTo,
                 String relatedName, String relatedQueryName, String toFieldName, boolean dbConstraint, boolean parentLink,
                 Class<? extends Entity> through, String[] throughFields, String dbTable, boolean symmetrical) {
        this.kind = kind;
        this.declaredTarget = declaredTarget;
        this.targetName = targetName;
        this.onDelete = onDelete;
        this.setTo = setTo;
        this.relatedName = relatedName;
        this.relatedQueryName = relatedQueryName;
        this.toFieldName = toFieldName;
        this.dbConstraint = dbConstraint;
        this.parentLink = parentLink;
        this.through = through;
        this.throughFields = throughFields;
        this.dbTable = dbTable;
        this.symmetrical = symmetrical;
    }

    /** {@return which of the three kinds of relation this is} */
    public Kind kind() {
        return kind;
    }

    /** {@return whether this is a foreign key or one-to-one (a column on this side)} */
    public boolean isForward() {
        return kind != Kind.MANY_TO_MANY;
    }

    /** {@return whether this is a many-to-many (no column on either side, a junction table between)} */
    public boolean isManyToMany() {
        return kind == Kind.MANY_TO_MANY;
    }

    /** {@return the field that declares the relation} */
    public FieldInfo field() {
        return field;
    }

    /** {@return the model the relation points at} */
    public ModelInfo<?> target() {
        return target;
    }

    /** {@return the target field the key holds (the target's primary key unless {@code toField} says otherwise)} */
    public FieldInfo targetField() {
        return targetField;
    }
    /**
     * {@return what happens to this row when the target row is deleted (Django's {@code on_delete});
     * {@code CASCADE} for a many-to-many}
     */

    public OnDelete onDelete() {
        return onDelete;
    }

    /** {@return for {@link OnDelete#SET}: the supplier of the new value, else null} */
    public Supplier<?> setTo() {
        return setTo;
    }

    /** {@return the related name as declared (empty when defaulted, {@code "+"} when hidden)} */
    public String declaredRelatedName() {
        return relatedName;
    }

    /** {@return the related query name as declared (empty when defaulted)} */
    public String declaredRelatedQueryName() {
        return relatedQueryName;
    }

    /** {@return whether the database gets a FOREIGN KEY constraint (Django's {@code db_constraint})} */
    public boolean hasDbConstraint() {
        return dbConstraint;
    }

    /**
     * {@return whether this one-to-one links a multi-table-inheritance child to its parent (Django's
     * {@code parent_link})}
     */
    public boolean isParentLink() {
        return parentLink;
    }

    /** {@return the explicit junction model of a many-to-many, or null for an automatic junction table} */
    public Class<? extends Entity> through() {
        return through;
    }

    String[] throughFields() {
        return throughFields;
    }

    String dbTable() {
        return dbTable;
    }

    /** {@return whether this is a mutual relation of a model to itself (Django's {@code symmetrical})} */
    public boolean isSymmetrical() {
        return symmetrical && target != null && field != null && target == field.model();
    }

    /** {@return the junction table of a many-to-many} */
    public Junction junction() {
        return junction;
    }

    Class<? extends Entity> declaredTarget() {
        return declaredTarget;
    }

    String targetName() {
        return targetName;
    }

    String toFieldName() {
        return toFieldName;
    }

    void bindField(FieldInfo field) {
        this.field = field;
    }

    void link(ModelInfo<?> target, FieldInfo targetField) {
        this.target = target;
        this.targetField = targetField;
    }

    void linkJunction(Junction junction) {
        this.junction = junction;
    }

    /**
     * The table that holds the pairs of a many-to-many: either an automatic table or the
     * table of the {@code through} model, with its key to the source and to the target.
     *
     * @param table        the junction table's name
     * @param model        the through model, or null for an automatic table
     * @param sourceColumn the junction's column pointing at the declaring model
     * @param targetColumn the junction's column pointing at the target model
     * @param sourceKey    the through model's key to the declaring model, or null for an automatic table
     * @param targetKey    the through model's key to the target model, or null for an automatic table
     */
    public record Junction(String table, ModelInfo<?> model, String sourceColumn, String targetColumn,
                           FieldInfo sourceKey, FieldInfo targetKey) {
        /** {@return whether Covet made the table (no {@code through} model)} */
        public boolean isAutomatic() {
            return model == null;
        }

        /**
         * The field of the declaring model whose values the source column holds: the through model's key's
         * {@code toField}, else the primary key (Django joins a through model on its keys' target fields).
         *
         * @param source the declaring model
         * @return the field whose values the source column holds
         */
        public FieldInfo sourceField(ModelInfo<?> source) {
            return sourceKey == null ? source.pk() : sourceKey.relation().targetField();
        }

        /**
         * The field of the target model whose values the target column holds ({@code toField}, else the primary key).
         *
         * @param target the relation's target model
         * @return the field whose values the target column holds
         */
        public FieldInfo targetField(ModelInfo<?> target) {
            return targetKey == null ? target.pk() : targetKey.relation().targetField();
        }
    }
}
