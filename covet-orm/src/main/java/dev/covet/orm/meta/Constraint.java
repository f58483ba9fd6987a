package dev.covet.orm.meta;

import dev.covet.orm.exception.ImproperlyConfigured;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;

/**
 * A table constraint a model declares (Django's {@code Meta.constraints}): a CHECK over a condition,
 * or a UNIQUE over fields, optionally only for the rows matching a condition (a partial unique index).
 * Conditions are {@link Where}s (built with {@code Q}) over the model's own fields, compiled into the DDL with their values inlined.
 * <p>
 * A model lists its constraints in a static method, since an annotation cannot hold a {@code Q}:
 * <pre>{@code
 * public static List<Constraint> constraints() {
 *     return List.of(Constraint.check("product_price_positive", Q.of("price__gte", 0)),
 *                    Constraint.unique("product_active_sku", "sku").where(Q.of("active", true)));
 * }
 * }</pre>
 *
 * @param name      the constraint's name in the database
 * @param fields    the fields of a UNIQUE constraint; empty for a CHECK
 * @param check     the condition of a CHECK constraint; null for a UNIQUE
 * @param condition the rows a UNIQUE constraint covers; null for all
 */
public record Constraint(String name, List<String> fields, Where check, Where condition) {
    /**
     * Checks that the constraint is named and copies {@code fields}.
     *
     * @throws ImproperlyConfigured if the name is null or blank
     */
    public Constraint {
        if (name == null || name.isBlank()) {
            throw new ImproperlyConfigured("A constraint needs a name");
        }
        fields = List.copyOf(fields);
    }

    /**
     * CHECK ({@code check}) named {@code name} (Django's {@code CheckConstraint}).
     *
     * @param name  the constraint's name in the database
     * @param check the condition every row must meet
     * @return the constraint
     * @throws ImproperlyConfigured if the condition is null or empty
     */
    public static Constraint check(String name, Where check) {
        if (check == null || check.isEmpty()) {
            throw new ImproperlyConfigured("Check constraint " + name + " needs a condition");
        }
        return new Constraint(name, List.of(), check, null);
    }

    /**
     * UNIQUE over {@code fields} named {@code name} (Django's {@code UniqueConstraint}).
     *
     * @param name   the constraint's name in the database
     * @param fields the field names whose values are unique together
     * @return the constraint
     * @throws ImproperlyConfigured if no field is given
     */
    public static Constraint unique(String name, String... fields) {
        if (fields.length == 0) {
            throw new ImproperlyConfigured("Unique constraint " + name + " needs at least one field");
        }
        return new Constraint(name, List.of(fields), null, null);
    }

    /**
     * This unique constraint only for the rows matching {@code condition} (Django's {@code condition=}).
     *
     * @param condition the rows the constraint covers; null or empty for all
     * @return a new constraint
     * @throws ImproperlyConfigured if this is a CHECK constraint
     */
    public Constraint where(Where condition) {
        if (check != null) {
            throw new ImproperlyConfigured("Constraint " + name + ": only a unique constraint takes a condition");
        }
        return new Constraint(name, fields, null, condition == null || condition.isEmpty() ? null : condition);
    }

    /** {@return whether this is a CHECK constraint (rather than a UNIQUE)} */
    public boolean isCheck() {
        return check != null;
    }

    /**
     * The constraints {@code type} declares with {@code static List<Constraint> constraints()}, or none.
     *
     * @param type a model class
     * @return the constraints; empty when the class declares no {@code constraints()} method
     * @throws ImproperlyConfigured if the method is not static, returns no list, or fails
     */
    @SuppressWarnings("unchecked")
    public static List<Constraint> declaredBy(Class<?> type) {
        Method m;
        try {
            m = type.getDeclaredMethod("constraints");
        } catch (NoSuchMethodException e) {
            return List.of();
        }
        if (!Modifier.isStatic(m.getModifiers()) || !List.class.isAssignableFrom(m.getReturnType())) {
            throw new ImproperlyConfigured("Model " + type.getSimpleName() + ": constraints() must be static and return List<Constraint>");
        }
        try {
            m.setAccessible(true);
            List<Constraint> out = (List<Constraint>) m.invoke(null);
            return out == null ? List.of() : List.copyOf(out);
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new ImproperlyConfigured("Model " + type.getSimpleName() + ": constraints() failed: " + e);
        }
    }
}
