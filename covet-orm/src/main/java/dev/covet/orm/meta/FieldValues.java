package dev.covet.orm.meta;

import dev.covet.orm.exception.DataError;
import dev.covet.orm.exception.ValidationError;
import dev.covet.orm.field.Coercion;
import dev.covet.orm.field.FieldKind;
import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.field.Json;

/**
 * Turns loose input into a field's values: its canonical database value (for parameters) or its
 * Java value (for assignment). Input that does not fit raises a {@link ValidationError} naming the field.
 */
public final class FieldValues {
    private FieldValues() {
    }

    /**
     * Refuses a string longer than the field's {@code maxLength} with a {@link DataError}, for the writes
     * that skip validation ({@code update}, {@code bulkCreate}, {@code bulkUpdate}): SQLite would store
     * it whole, and PostgreSQL's {@code CAST(? AS VARCHAR(n))} in a bulk update would cut it short.
     * Returns {@code dbValue}.
     *
     * @param field   the field the value is written to
     * @param dbValue its canonical database value
     * @return {@code dbValue}, unchanged
     * @throws DataError if the value is a string of more code points than {@code maxLength}
     */
    public static Object checkLength(FieldInfo field, Object dbValue) {
        if (dbValue instanceof String s && field.maxLength() >= 0 && s.length() > field.maxLength()) {
            int length = s.codePointCount(0, s.length());
            if (length > field.maxLength()) {
                throw new DataError("Value too long for " + field.model().name() + "." + field.name() + ": " + length
                        + " characters, at most " + field.maxLength(), null);
            }
        }
        return dbValue;
    }

    /**
     * The canonical database value of {@code input} for {@code field}; a model instance gives its key.
     *
     * @param field the field the value is for; a relation converts to its target field's value
     * @param input loose input (text, a number, a model instance...); null stays null
     * @return the canonical value, as a statement parameter takes it
     * @throws ValidationError naming the field if the input does not fit
     */
    public static Object toDb(FieldInfo field, Object input) {
        if (input == null) {
            return null;
        }
        if (input instanceof Entity m && field.isPrimaryKey() && field.model().type().isInstance(m)) {
            // an instance compared with its own key (a one-to-one primary key, reached from its reverse side)
            Object key = field.dbValue(m);
            if (key == null) {
                throw ValidationError.of(field.name(), field.model().name() + " instance is not saved yet; save it before using it in a filter");
            }
            return key;
        }
        RelationInfo r = field.relation();
        if (r != null) {
            FieldInfo target = r.isForward() ? r.targetField() : r.target().pk();
            if (input instanceof Entity m) {
                return keyOf(field, target, m);
            }
            return toDb(target, input);
        }
        if (input instanceof Entity m) {
            throw ValidationError.of(field.name(), "'" + m + "' is a model instance, but " + field + " holds a "
                    + field.kind().name().toLowerCase(java.util.Locale.ROOT) + " value");
        }
        if (field.kind() == FieldKind.JSON) {
            return field.converter().toDb(toJson(field, input));
        }
        if (field.customType() != null && field.javaType().isInstance(input)) {
            return field.converter().toDb(input);
        }
        try {
            return Coercion.canonical(field.storage(), input, field.kind() == FieldKind.ENUM ? field.elementType() : null,
                    field.elementStorage());
        } catch (IllegalArgumentException e) {
            throw ValidationError.of(field.name(), e.getMessage());
        }
    }

    /**
     * The Java value of {@code input} for {@code field}, ready to assign (not for relations).
     *
     * @param field a field that holds no relation
     * @param input loose input; a value of the field's Java type is returned as it is, null stays null
     * @return the value, of the field's Java type
     * @throws ValidationError naming the field if the input does not fit
     */
    public static Object toJava(FieldInfo field, Object input) {
        if (input == null) {
            return null;
        }
        if (field.kind() == FieldKind.JSON) {
            return toJson(field, input);
        }
        if (field.javaType().isInstance(input) || (field.javaType().isPrimitive() && wraps(field.javaType(), input))) {
            return input;
        }
        Object canonical = toDb(field, input);
        return field.converter().fromDb(canonical);
    }

    /**
     * The canonical value of {@code input} for a value of {@code storage} (not a model field's).
     *
     * @param storage the storage to convert to
     * @param input   loose input; null stays null
     * @param name    the name the {@link ValidationError} gives the value
     * @return the canonical value
     * @throws ValidationError if the input does not fit
     */
    public static Object toDb(Storage storage, Object input, String name) {
        try {
            return Coercion.canonical(storage, input, null, null);
        } catch (IllegalArgumentException e) {
            throw ValidationError.of(name, e.getMessage());
        }
    }

    private static Object keyOf(FieldInfo field, FieldInfo target, Entity m) {
        // a key whose target is itself a relation (a one-to-one primary key) takes an instance of that
        // relation's model too, as Django's get_normalized_value follows remote fields
        while (!target.model().type().isInstance(m) && target.relation() != null && target.relation().isForward()) {
            target = target.relation().targetField();
        }
        if (!target.model().type().isInstance(m)) {
            throw ValidationError.of(field.name(), "'" + m + "' is not a " + target.model().name()
                    + "; " + field + " points at " + target.model().name());
        }
        Object key = target.dbValue(m);
        if (key == null) {
            throw ValidationError.of(field.name(), target.model().name() + " instance is not saved yet; save it before using it in "
                    + field);
        }
        return key;
    }

    private static Object toJson(FieldInfo field, Object input) {
        if (field.javaType().isInstance(input)) {
            return input;
        }
        try {
            return Json.mapper().convertValue(input, Json.type(field.genericType()));
        } catch (IllegalArgumentException e) {
            throw ValidationError.of(field.name(), "Value does not fit " + field.javaType().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static boolean wraps(Class<?> primitive, Object input) {
        return (primitive == int.class && input instanceof Integer) || (primitive == long.class && input instanceof Long)
                || (primitive == short.class && input instanceof Short) || (primitive == boolean.class && input instanceof Boolean)
                || (primitive == double.class && input instanceof Double) || (primitive == float.class && input instanceof Float);
    }
}
