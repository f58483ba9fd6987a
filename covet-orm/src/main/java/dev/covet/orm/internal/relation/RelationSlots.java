package dev.covet.orm.internal.relation;

import dev.covet.orm.Model;
import dev.covet.orm.relation.GenericRef;
import dev.covet.orm.relation.GenericRelatedManager;
import dev.covet.orm.relation.ManyToMany;
import dev.covet.orm.relation.Ref;
import dev.covet.orm.relation.RelatedManager;
import dev.covet.orm.relation.ReverseOne;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills the relation fields of a new instance ({@code Ref}, {@code ManyToMany}, {@code GenericRef}...) with holders bound
 * to it, from the model's constructor. Java runs a subclass's field initializers after its parent's
 * constructor, so a relation field without an initializer keeps what this puts there.
 *
 * <p>The holders' constructors are package-private, not API: they are reached through method handles,
 * looked up once per holder type.
 */
public final class RelationSlots {
    private record Slot(MethodHandle getter, MethodHandle setter, String name, MethodHandle factory) {
    }

    /** Each holder type's constructor {@code (Model owner, String name)}, typed {@code (Model, String)Object}. */
    private static final ClassValue<MethodHandle> CONSTRUCTORS = new ClassValue<>() {
        @Override
        protected MethodHandle computeValue(Class<?> type) {
            try {
                return MethodHandles.privateLookupIn(type, MethodHandles.lookup())
                        .findConstructor(type, MethodType.methodType(void.class, Model.class, String.class))
                        .asType(MethodType.methodType(Object.class, Model.class, String.class));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Covet cannot reach the constructor of " + type, e);
            }
        }
    };

    private static final ClassValue<Slot[]> SLOTS = new ClassValue<>() {
        @Override
        protected Slot[] computeValue(Class<?> type) {
            List<Slot> slots = new ArrayList<>();
            for (Class<?> c = type; c != null && c != Model.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers())) {
                        continue;
                    }
                    MethodHandle factory = factoryFor(f.getType());
                    if (factory != null) {
                        slots.add(slot(f, factory));
                    }
                }
            }
            return slots.toArray(Slot[]::new);
        }
    };

    private RelationSlots() {
    }

    private static MethodHandle factoryFor(Class<?> type) {
        boolean holder = type == Ref.class || type == ManyToMany.class || type == RelatedManager.class
                || type == ReverseOne.class || type == GenericRef.class || type == GenericRelatedManager.class;
        return holder ? CONSTRUCTORS.get(type) : null;
    }

    private static Slot slot(Field f, MethodHandle factory) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(dev.covet.orm.meta.Modules.readable(f.getDeclaringClass()), MethodHandles.lookup());
            MethodHandle getter = lookup.unreflectGetter(f).asType(MethodType.methodType(Object.class, Model.class));
            MethodHandle setter = Modifier.isFinal(f.getModifiers()) ? null
                    : lookup.unreflectSetter(f).asType(MethodType.methodType(void.class, Model.class, Object.class));
            return new Slot(getter, setter, f.getName(), factory);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Covet cannot reach " + f, e);
        }
    }

    /**
     * Puts a fresh holder into every empty relation field of {@code instance}.
     *
     * @param instance a new model instance
     */
    public static void fill(Model instance) {
        for (Slot s : SLOTS.get(instance.getClass())) {
            try {
                if (s.setter != null && (Object) s.getter.invokeExact(instance) == null) {
                    s.setter.invokeExact(instance, (Object) s.factory.invokeExact(instance, s.name));
                }
            } catch (Throwable t) {
                throw new IllegalStateException("Cannot set up relation field " + s.name, t);
            }
        }
    }
}
