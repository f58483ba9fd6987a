package dev.covet.orm.meta;

import dev.covet.orm.exception.ImproperlyConfigured;
import dev.covet.orm.field.FieldKind;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Links the generic relations of newly registered models: a generic key to its content-type and
 * object-id fields, a generic relation to the generic key it reverses. Runs once relation targets
 * are resolved, before anything of the batch becomes visible.
 */
final class GenericLinker {
    /** The kinds of field that can hold the primary key of the object a generic key points at. */
    private static final Set<FieldKind> OBJECT_ID_KINDS =
            Set.of(FieldKind.INTEGER, FieldKind.BIG_INTEGER, FieldKind.CHAR, FieldKind.TEXT, FieldKind.UUID);

    private GenericLinker() {
    }

    /**
     * @param visible   every model, registered or in this batch
     * @param accessors per model, the names of the reverse accessors other models' relations give it
     */
    static void link(Collection<ModelInfo<?>> infos, Map<Class<?>, ModelInfo<?>> visible,
                     Map<ModelInfo<?>, Map<String, FieldInfo>> accessors) {
        for (ModelInfo<?> info : infos) {
            for (GenericForeignKeyInfo g : info.genericForeignKeys()) {
                linkKey(info, g);
            }
        }
        for (ModelInfo<?> info : infos) {
            for (GenericRelationInfo r : info.genericRelations()) {
                linkRelation(info, r, visible.get(r.relatedType()), accessors.getOrDefault(info, Map.of()));
            }
        }
    }

    private static void linkKey(ModelInfo<?> info, GenericForeignKeyInfo g) {
        checkFree(info, g.name());
        FieldInfo ct = info.findField(g.ctFieldName());
        if (ct == null || !ct.name().equals(g.ctFieldName())) {
            throw error(info, g.name(), "ctField '" + g.ctFieldName() + "' is not a field of " + info.name()
                    + "; declare @ForeignKey(onDelete = OnDelete.CASCADE) Ref<ContentType> " + g.ctFieldName());
        }
        if (ct.relation() == null || ct.relation().isManyToMany() || ct.relation().target().type() == null || !RelationValues.ContentTypes.class.isAssignableFrom(ct.relation().target().type())) {
            throw error(info, g.name(), "ctField '" + g.ctFieldName() + "' must be a @ForeignKey to ContentType");
        }
        FieldInfo fk = info.findField(g.fkFieldName());
        if (fk == null || !fk.name().equals(g.fkFieldName())) {
            throw error(info, g.name(), "fkField '" + g.fkFieldName() + "' is not a field of " + info.name()
                    + ". Choices are: " + String.join(", ", info.columns().stream().map(FieldInfo::name).toList()));
        }
        if (!OBJECT_ID_KINDS.contains(fk.kind()) || fk.isRelation()) {
            throw error(info, g.name(), "fkField '" + g.fkFieldName() + "' is a " + fk.kind() + " field; the object id "
                    + "must be an @IntegerField, @BigIntegerField, @CharField, @TextField or @UUIDField");
        }
        g.link(ct, fk);
    }

    private static void linkRelation(ModelInfo<?> info, GenericRelationInfo r, ModelInfo<?> related,
                                     Map<String, FieldInfo> reverseAccessors) {
        checkFree(info, r.name());
        FieldInfo reverse = reverseAccessors.get(r.name());
        if (reverse != null) {
            throw error(info, r.name(), "clashes with the reverse accessor of " + reverse + "; set its relatedName");
        }
        for (GenericForeignKeyInfo key : related.genericForeignKeys()) {
            if (key.ctFieldName().equals(r.ctFieldName()) && key.fkFieldName().equals(r.fkFieldName())) {
                r.link(key);
                return;
            }
        }
        throw error(info, r.name(), related.name() + " has no @GenericForeignKey over ctField '" + r.ctFieldName()
                + "' and fkField '" + r.fkFieldName() + "'" + (related.genericForeignKeys().isEmpty() ? ""
                : "; its generic keys: " + related.genericForeignKeys().stream()
                        .map(k -> k.name() + "(" + k.ctFieldName() + ", " + k.fkFieldName() + ")").toList()));
    }

    /** A generic field's name must not also name another field, its raw key ({@code authorId}) or {@code pk}. */
    private static void checkFree(ModelInfo<?> info, String name) {
        FieldInfo clash = info.findField(name);
        if (clash != null) {
            throw error(info, name, "clashes with " + (name.equals(clash.name()) ? "the field " + clash
                    : "the key of relation " + clash.name() + " (" + name + ")"));
        }
    }

    private static ImproperlyConfigured error(ModelInfo<?> info, String field, String problem) {
        return new ImproperlyConfigured("Model " + info.name() + ", field " + field + ": " + problem);
    }
}
