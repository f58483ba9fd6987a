package dev.covet.orm.internal.persist;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.exception.ValidationError;
import dev.covet.orm.meta.Entity;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.FieldValues;
import dev.covet.orm.meta.GenericForeignKeyInfo;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.meta.RelationValues;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model instance's field values set from loose input, as a map ({@code create}, {@code fromMap},
 * {@code updateOrCreate}'s defaults); {@code toDict}, which may load deferred fields, is {@code Refresh}'s.
 * Stateless; safe to call from any thread.
 */
public final class InstanceValues {
    private InstanceValues() {
    }

    /**
     * Sets fields from loose input, collecting every conversion error into one ValidationError.
     *
     * @param m the instance
     * @param values field name (or key or generic relation name) to value
     * @param nonEditableToo whether fields marked not editable are set as well
     */
    public static void assign(Entity m, Map<String, ?> values, boolean nonEditableToo) {
        ModelInfo<?> info = ModelRegistry.infoOf(m);
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : values.entrySet()) {
            String key = e.getKey();
            FieldInfo f = info.findField(key);
            if (f == null && info.findGenericForeignKey(key) != null) {
                setGeneric(m, info.findGenericForeignKey(key), e.getValue());
                continue;
            }
            if (f == null) {
                throw FieldError.unknown(key, info.name(), info.fields().stream().map(FieldInfo::name).toList());
            }
            if (f.relation() != null && f.relation().isManyToMany()) {
                throw new FieldError("Direct assignment to the many-to-many field " + f + " is prohibited; use "
                        + f.name() + ".set(...) instead");
            }
            if (!f.isEditable() && !nonEditableToo) {
                continue;
            }
            try {
                setFromInput(m, f, key, e.getValue());
            } catch (ValidationError v) {
                v.errors().forEach((field, messages) -> errors.computeIfAbsent(field, k -> new ArrayList<>()).addAll(messages));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationError(errors);
        }
    }

    private static void setFromInput(Entity m, FieldInfo f, String key, Object input) {
        if (f.relation() != null) {
            RelationValues.Key ref = (RelationValues.Key) f.value(m);
            if (input == null) {
                ref.setTarget(null);
            } else if (input instanceof Entity target && !key.equals(f.attname())) {
                if (!f.relation().target().type().isInstance(target)) {
                    throw ValidationError.of(f.name(), "'" + target + "' is not a " + f.relation().target().name() + ".");
                }
                ref.setTarget(target);
            } else {
                ref.setId(FieldValues.toDb(f, input));
            }
            return;
        }
        Object value = FieldValues.toJava(f, input);
        if (value == null && f.javaType().isPrimitive()) {
            throw ValidationError.of(f.name(), "This field cannot be null.");
        }
        f.setValue(m, value);
    }

    /** {@code create(Map.of("contentObject", post))}: a generic key is assigned its target object. */
    private static void setGeneric(Entity m, GenericForeignKeyInfo key, Object input) {
        if (input != null && !(input instanceof Entity)) {
            throw ValidationError.of(key.name(), "'" + input + "' is not a model instance; " + key + " points at objects");
        }
        ((RelationValues.GenericKey) key.value(m)).setTarget((Entity) input);
    }

    /**
     * The column field {@code name} of {@code info}; a FieldError naming the columns when there is none.
     *
     * @param info the model
     * @param name a field's name
     * @return the field
     */
    public static FieldInfo column(ModelInfo<?> info, String name) {
        FieldInfo f = info.findField(name);
        if (f == null || !f.hasColumn()) {
            throw FieldError.unknown(name, info.name(), info.columns().stream().map(FieldInfo::name).toList());
        }
        return f;
    }
}
