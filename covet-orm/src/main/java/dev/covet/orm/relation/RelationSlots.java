package dev.covet.orm.relation;

import dev.covet.orm.Model;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Fills the relation fields of a new instance ({@code Ref}, {@code ManyToMany}, {@code GenericRef}...) with holders bound
 * to it, from the model's constructor. Java runs a subclass's field initializers after its parent's
 * constructor, so a relation field without an initializer keeps what this puts there.
 */
public final class RelationSlots {
    private record Slot(MethodHandle getter, MethodHandle setter, String name, BiFunction<Model, String, Object> factory) {
    }

    private static final ClassValue<Slot[]> SLOTS = new ClassValue<>() {
        @Override
        protected Slot[] computeValue(Class<?> type) {
            List<Slot> slots = new ArrayList<>();
            for (Class<?> c = type; c != null && c != Model.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers())) {
                        continue;
                    }
                    BiFunction<Model, String, Object> factory = factoryFor(f.getType());
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

    private static BiFunction<Model, String, Object> factoryFor(Class<?> type) {
        if (type == Ref.class) {
            return Ref::new;
        }
        if (type == ManyToMany.class) {
            return ManyToMany::new;
        }
        if (type == RelatedManager.class) {
            return RelatedManager::new;
        }
        if (type == ReverseOne.class) {
            return ReverseOne::new;
        }
        if (type == GenericRef.class) {
            return GenericRef::new;
        }
        if (type == GenericRelatedManager.class) {
            return GenericRelatedManager::new;
        }
        return null;
    }

    private static Slot slot(Field f, BiFunction<Model, String, Object> factory) {
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
                    s.setter.invokeExact(instance, s.factory.apply(instance, s.name));
                }
            } catch (Throwable t) {
                throw new IllegalStateException("Cannot set up relation field " + s.name, t);
            }
        }
    }
}
