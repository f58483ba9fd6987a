package dev.covet.orm.internal.relation;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.Model;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.meta.ReverseRelation;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One side of a relation as seen from an instance: a reverse foreign key ({@code author.books}), the
 * forward side of a many-to-many ({@code post.tags}) or its reverse ({@code tag.posts}), or the
 * reverse of a one-to-one ({@code user.profile}). The relation holders of {@code dev.covet.orm.relation} and
 * the prefetcher read it.
 *
 * @param kind which side this is
 * @param field the foreign key or many-to-many field the side goes through
 * @param target the model at the other end
 * @param name the side's name on the owner's model
 */
public record RelationSide(Kind kind, FieldInfo field, ModelInfo<?> target, String name) {
    /** The kinds of side. */
    public enum Kind {
        /** The reverse of a foreign key ({@code author.books}). */
        REVERSE_FK,
        /** The reverse of a one-to-one ({@code user.profile}). */
        REVERSE_ONE,
        /** The declared side of a many-to-many ({@code post.tags}). */
        FORWARD_M2M,
        /** The reverse of a many-to-many ({@code tag.posts}). */
        REVERSE_M2M
    }

    /**
     * The side {@code name} of model {@code owner}; a {@link FieldError} naming the choices if it has none.
     *
     * @param owner the model the side is seen from
     * @param name a many-to-many field or a reverse accessor of that model
     * @return the side
     */
    public static RelationSide of(Class<? extends Model> owner, String name) {
        ModelInfo<?> info = ModelRegistry.info(owner);
        FieldInfo f = info.findField(name);
        if (f != null && f.relation() != null && f.relation().isManyToMany()) {
            return new RelationSide(Kind.FORWARD_M2M, f, f.relation().target(), name);
        }
        ReverseRelation r = info.findReverseByAccessor(name);
        if (r != null) {
            Kind kind = r.isManyToMany() ? Kind.REVERSE_M2M : r.isMultiple() ? Kind.REVERSE_FK : Kind.REVERSE_ONE;
            return new RelationSide(kind, r.field(), r.relatedModel(), name);
        }
        Set<String> choices = new LinkedHashSet<>();
        info.manyToManyFields().forEach(m -> choices.add(m.name()));
        info.reverseRelations().forEach(rr -> choices.add(rr.accessorName()));
        throw new FieldError("'" + name + "' is not a relation of " + info.name() + ". Choices are: "
                + (choices.isEmpty() ? "(none)" : String.join(", ", choices)));
    }

    /**
     * Is this a side of a many-to-many?
     *
     * @return true for both sides of a many-to-many
     */
    public boolean isManyToMany() {
        return kind == Kind.FORWARD_M2M || kind == Kind.REVERSE_M2M;
    }

    /**
     * The key of {@code owner} this side matches on (the owner's primary key, or a foreign key's {@code toField}).
     *
     * @param owner an instance of the owner's model
     * @return the key; an {@link IllegalStateException} if it is not set yet
     */
    public Object ownerKey(Model owner) {
        FieldInfo keyField = switch (kind) {
            case REVERSE_FK, REVERSE_ONE -> field.relation().targetField();
            case FORWARD_M2M -> field.relation().junction().sourceField(field.model());
            case REVERSE_M2M -> field.relation().junction().targetField(field.relation().target());
        };
        Object key = keyField.dbValue(owner);
        if (key == null) {
            throw new IllegalStateException(owner.getClass().getSimpleName() + " instance needs a value for "
                    + keyField.name() + " before the relation '" + name + "' can be used (save it first)");
        }
        return key;
    }
}
