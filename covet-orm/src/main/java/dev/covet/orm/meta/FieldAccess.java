package dev.covet.orm.meta;

import dev.covet.orm.exception.ImproperlyConfigured;
import dev.covet.orm.field.FieldConverter;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;

/**
 * Reads and writes one Java field through method handles made once at registration,
 * so that hydrating a row does no reflection lookup.
 */
final class FieldAccess {
    private static final MethodType GET = MethodType.methodType(Object.class, Entity.class);
    private static final MethodType SET = MethodType.methodType(void.class, Entity.class, Object.class);

    private final MethodHandle getter;
    private final MethodHandle setter;
    private final boolean primitive;
    private final boolean ref;
    private final String where;

    private FieldAccess(MethodHandle getter, MethodHandle setter, boolean primitive, boolean ref, String where) {
        this.getter = getter;
        this.setter = setter;
        this.primitive = primitive;
        this.ref = ref;
        this.where = where;
    }

    /** A value with no Java field of its own, computed from the instance (a single-table discriminator); setting it does nothing. */
    static FieldAccess computed(java.util.function.Function<Entity, Object> value, String where) {
        MethodHandle getter;
        MethodHandle setter;
        try {
            getter = MethodHandles.lookup().findVirtual(java.util.function.Function.class, "apply",
                    MethodType.methodType(Object.class, Object.class)).bindTo(value).asType(GET);
            setter = MethodHandles.dropArguments(MethodHandles.constant(Object.class, null), 0, Entity.class, Object.class)
                    .asType(SET);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return new FieldAccess(getter, setter, false, false, where);
    }

    /** A value kept in a {@link DynamicModel} instance under {@code name}. */
    static FieldAccess dynamic(String name) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            MethodHandle getter = MethodHandles.insertArguments(lookup.findStatic(FieldAccess.class, "dynamicGet",
                    MethodType.methodType(Object.class, String.class, Entity.class)), 0, name);
            MethodHandle setter = MethodHandles.insertArguments(lookup.findStatic(FieldAccess.class, "dynamicSet",
                    MethodType.methodType(void.class, String.class, Entity.class, Object.class)), 0, name);
            return new FieldAccess(getter, setter, false, false, name);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object dynamicGet(String name, Entity instance) {
        return ((DynamicModel) instance).dynamicGet(name);
    }

    private static void dynamicSet(String name, Entity instance, Object value) {
        ((DynamicModel) instance).dynamicSet(name, value);
    }

    static FieldAccess of(Field field) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(dev.covet.orm.meta.Modules.readable(field.getDeclaringClass()), MethodHandles.lookup());
            MethodHandle getter = lookup.unreflectGetter(field).asType(GET);
            MethodHandle setter = lookup.unreflectSetter(field).asType(SET);
            return new FieldAccess(getter, setter, field.getType().isPrimitive(), RelationValues.isKey(field.getType()),
                    field.getDeclaringClass().getSimpleName() + "." + field.getName());
        } catch (IllegalAccessException e) {
            throw new ImproperlyConfigured("Covet cannot access field " + field.getDeclaringClass().getName() + "."
                    + field.getName() + " (is it final, or in a module that does not open its package to dev.covet.orm?)", e);
        }
    }

    Object get(Entity instance) {
        try {
            return (Object) getter.invokeExact(instance);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    void set(Entity instance, Object value) {
        if (value == null && primitive) {
            throw new IllegalArgumentException(where + " is a primitive field and cannot be set to null");
        }
        try {
            setter.invokeExact(instance, value);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    Object getDb(Entity instance, FieldConverter converter) {
        Object value = get(instance);
        if (value == null) {
            return null;
        }
        if (ref) {
            return ((RelationValues.Key) value).id();
        }
        return converter.toDb(value);
    }

    void setDb(Entity instance, Object dbValue, FieldConverter converter) {
        if (ref) {
            RelationValues.Key current = (RelationValues.Key) get(instance);
            if (current == null) {
                throw new IllegalStateException(where + " holds no Ref; leave relation fields uninitialized so that Covet fills them");
            }
            current.setId(dbValue);
            return;
        }
        if (dbValue == null && primitive) {
            throw new IllegalStateException(where + " is a primitive field, but the database returned NULL for it");
        }
        set(instance, dbValue == null ? null : converter.fromDb(dbValue));
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }
}
