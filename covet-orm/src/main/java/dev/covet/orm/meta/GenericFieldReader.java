package dev.covet.orm.meta;

import dev.covet.orm.exception.ImproperlyConfigured;
import dev.covet.orm.field.GenericForeignKey;
import dev.covet.orm.field.GenericRelation;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * Reads the generic relation fields of a model ({@code @GenericForeignKey}, {@code @GenericRelation}),
 * which have no column, checking what can be checked before the models are linked.
 */
final class GenericFieldReader {
    private final String model;

    GenericFieldReader(String model) {
        this.model = model;
    }

    /** The spec of {@code field} if it is a generic relation field, else null (it is some other field). */
    ModelSpec.GenericSpec read(Field field) {
        GenericForeignKey key = field.getAnnotation(GenericForeignKey.class);
        GenericRelation relation = field.getAnnotation(GenericRelation.class);
        Class<?> type = field.getType();
        boolean instanceField = !Modifier.isStatic(field.getModifiers());
        if (key == null && relation == null) {
            if (RelationValues.GenericKey.class.isAssignableFrom(type) && instanceField) {
                throw error(field, "is a GenericRef but has no @GenericForeignKey");
            }
            if (RelationValues.GenericMany.class.isAssignableFrom(type) && instanceField) {
                throw error(field, "is a GenericRelatedManager but has no @GenericRelation");
            }
            return null;
        }
        if ((key != null && relation != null) || FieldFactory.isModelField(field)) {
            throw error(field, "has more than one field annotation");
        }
        int mods = field.getModifiers();
        if (Modifier.isStatic(mods) || Modifier.isFinal(mods) || Modifier.isTransient(mods)) {
            throw error(field, "must not be static, final or transient to be a model field");
        }
        if (key != null) {
            expect(field, RelationValues.GenericKey.class, "@GenericForeignKey", "GenericRef<Model>");
            return new ModelSpec.GenericSpec(field.getName(), name(field, key.ctField(), "ctField"),
                    name(field, key.fkField(), "fkField"), null, FieldAccess.of(field));
        }
        expect(field, RelationValues.GenericMany.class, "@GenericRelation", "GenericRelatedManager<...>");
        return new ModelSpec.GenericSpec(field.getName(), name(field, relation.ctField(), "ctField"),
                name(field, relation.fkField(), "fkField"), related(field), FieldAccess.of(field));
    }

    /** The model in {@code GenericRelatedManager<Comment>}. */
    private Class<? extends Entity> related(Field field) {
        Type g = field.getGenericType();
        if (g instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c
                && Entity.isModelClass(c)) {
            if (Modifier.isAbstract(c.getModifiers())) {
                throw error(field, "points at the abstract model " + c.getSimpleName() + ", which has no table");
            }
            return c.asSubclass(Entity.class);
        }
        throw error(field, "does not say which model holds the generic key: give the type argument "
                + "(GenericRelatedManager<Comment>)");
    }

    private void expect(Field field, Class<?> type, String annotation, String declared) {
        if (!type.isAssignableFrom(field.getType())) {
            throw error(field, "is declared as " + field.getType().getSimpleName() + ", but " + annotation + " needs " + declared);
        }
    }

    private String name(Field field, String name, String what) {
        if (!Naming.isIdentifier(name)) {
            throw error(field, "has " + what + " '" + name + "', which is not a valid identifier");
        }
        return name;
    }

    private ImproperlyConfigured error(Field field, String problem) {
        return new ImproperlyConfigured("Model " + model + ", field " + field.getName() + ": " + problem);
    }
}
