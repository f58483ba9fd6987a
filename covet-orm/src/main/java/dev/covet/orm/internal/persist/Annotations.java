package dev.covet.orm.internal.persist;

import dev.covet.orm.meta.Entity;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.Instances;
import dev.covet.orm.meta.ModelRegistry;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * Stores annotation values on instances: always in the instance's annotation map
 * ({@code model.get("bookCount")}), and also in a plain field of the same name if the model declares
 * one ({@code public Long bookCount;}), converting numbers to the field's type.
 */
public final class Annotations {
    private Annotations() {
    }

    private record Target(MethodHandle setter, Class<?> type) {
    }

    /**
     * Stores annotation {@code name} on {@code m}: in its annotation map, and in its plain field of that
     * name when the model declares one that is neither static, final nor a model field.
     *
     * @param m the instance
     * @param name the annotation's name
     * @param value the value, converted to the field's type for the field; a null is not stored in a primitive field
     * @throws IllegalStateException if the field cannot be set
     */
    public static void set(Entity m, String name, Object value) {
        Instances.annotations(m, true).put(name, value);
        Optional<Target> target = ModelRegistry.infoOf(m).derived("annotation-field:" + name, k -> find(m.getClass(), name));
        if (target.isEmpty()) {
            return;
        }
        Object converted = convert(value, target.get().type());
        if (converted == null && target.get().type().isPrimitive()) {
            return;
        }
        try {
            target.get().setter().invokeExact(m, converted);
        } catch (Throwable t) {
            throw new IllegalStateException("Cannot store annotation " + name + " in " + m.getClass().getSimpleName() + "." + name, t);
        }
    }

    private static Optional<Target> find(Class<?> type, String name) {
        for (Class<?> c = type; c != null && !Entity.isBase(c); c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                if (Modifier.isStatic(f.getModifiers()) || Modifier.isFinal(f.getModifiers())) {
                    return Optional.empty();
                }
                FieldInfo modelField = ModelRegistry.info(type.asSubclass(Entity.class)).findField(name);
                if (modelField != null) {
                    return Optional.empty();
                }
                MethodHandle setter = MethodHandles.privateLookupIn(dev.covet.orm.meta.Modules.readable(c), MethodHandles.lookup()).unreflectSetter(f)
                        .asType(MethodType.methodType(void.class, Entity.class, Object.class));
                return Optional.of(new Target(setter, f.getType()));
            } catch (NoSuchFieldException e) {
                // look in the parent class
            } catch (IllegalAccessException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Object convert(Object value, Class<?> type) {
        if (!(value instanceof Number n) || type.isInstance(value)) {
            return value;
        }
        if (type == long.class || type == Long.class) {
            return n.longValue();
        }
        if (type == int.class || type == Integer.class) {
            return n.intValue();
        }
        if (type == double.class || type == Double.class) {
            return n.doubleValue();
        }
        if (type == float.class || type == Float.class) {
            return n.floatValue();
        }
        if (type == BigDecimal.class) {
            return new BigDecimal(n.toString());
        }
        return value;
    }

    static Map<String, Object> of(Entity m) {
        Map<String, Object> map = Instances.annotations(m, false);
        return map == null ? Map.of() : map;
    }
}
