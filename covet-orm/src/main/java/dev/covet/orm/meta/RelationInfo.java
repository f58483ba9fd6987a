package dev.covet.orm.meta;

import dev.covet.orm.Model;
import dev.covet.orm.field.OnDelete;

import java.util.function.Supplier;

/**
 * The relation a field holds: a foreign key, a one-to-one or a many-to-many. The target
 * is resolved when the models are linked at registration.
 */
public final class RelationInfo {
    /** The three kinds of relation a field can declare. */
    public enum Kind { FOREIGN_KEY, ONE_TO_ONE, MANY_TO_MANY }

    private final Kind kind;
    private final Class<? extends Model> declaredTarget;
    private final String targetName;
    private final OnDelete onDelete;
    private final Supplier<?> setTo;
    private final String relatedName;
    private final String relatedQueryName;
    private final String toFieldName;
    private final boolean dbConstraint;
    private final boolean parentLink;
    private final Class<? extends Model> through;
    private final String[] throughFields;
    private final String dbTable;
    private final boolean symmetrical;

    private FieldInfo field;
    private ModelInfo<?> target;
    private FieldInfo targetField;
    private Junction junction;

    RelationInfo(Kind kind, Class<? extends Model> declaredTarget, String targetName, OnDelete onDelete, Supplier<?> setTo,
                 String relatedName, String relatedQueryName, String toFieldName, boolean dbConstraint, boolean parentLink,
                 Class<? extends Model> through, String[] throughFields, String dbTable, boolean symmetrical) {
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

    public Kind kind() {
        return kind;
    }

    /** Is this a foreign key or one-to-one (a column on this side)? */
    public boolean isForward() {
        return kind != Kind.MANY_TO_MANY;
    }

    public boolean isManyToMany() {
        return kind == Kind.MANY_TO_MANY;
    }

    /** The field that declares the relation. */
    public FieldInfo field() {
        return field;
    }

    /** The model the relation points at. */
    public ModelInfo<?> target() {
        return target;
    }

    /** The target field the key holds (the target's primary key unless {@code toField} says otherwise). */
    public FieldInfo targetField() {
        return targetField;
    }

    public OnDelete onDelete() {
        return onDelete;
    }

    /** For {@link OnDelete#SET}: the supplier of the new value. */
    public Supplier<?> setTo() {
        return setTo;
    }

    /** The related name as declared (empty when defaulted, {@code "+"} when hidden). */
    public String declaredRelatedName() {
        return relatedName;
    }

    public String declaredRelatedQueryName() {
        return relatedQueryName;
    }

    public boolean hasDbConstraint() {
        return dbConstraint;
    }

    public boolean isParentLink() {
        return parentLink;
    }

    /** The explicit junction model of a many-to-many, or null for an automatic junction table. */
    public Class<? extends Model> through() {
        return through;
    }

    String[] throughFields() {
        return throughFields;
    }

    String dbTable() {
        return dbTable;
    }

    /** Is this a mutual relation of a model to itself? */
    public boolean isSymmetrical() {
        return symmetrical && target != null && field != null && target == field.model();
    }

    /** The junction table of a many-to-many. */
    public Junction junction() {
        return junction;
    }

    Class<? extends Model> declaredTarget() {
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
     * @param model      the through model, or null for an automatic table
     * @param sourceKey  the junction's column pointing at the declaring model
     * @param targetKey  the junction's column pointing at the target model
     */
    public record Junction(String table, ModelInfo<?> model, String sourceColumn, String targetColumn,
                           FieldInfo sourceKey, FieldInfo targetKey) {
        public boolean isAutomatic() {
            return model == null;
        }

        /**
         * The field of the declaring model whose values the source column holds: the through model's key's
         * {@code toField}, else the primary key (Django joins a through model on its keys' target fields).
         */
        public FieldInfo sourceField(ModelInfo<?> source) {
            return sourceKey == null ? source.pk() : sourceKey.relation().targetField();
        }

        /** The field of the target model whose values the target column holds ({@code toField}, else the primary key). */
        public FieldInfo targetField(ModelInfo<?> target) {
            return targetKey == null ? target.pk() : targetKey.relation().targetField();
        }
    }
}
