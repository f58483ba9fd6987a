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
 * one constant per holder type, which the JIT inlines as it would a direct call.
 */
public final class RelationSlots {
    /** A relation field of a model class: how to read and set it, and which holder it takes (an index into the constructors below). */
    private record Slot(MethodHandle getter, MethodHandle setter, String name, int holder) {
    }

    // each holder type's constructor (Model owner, String name), typed (Model, String)Object: constants the JIT inlines
    private static final MethodHandle NEW_REF = constructor(Ref.class);
    private static final MethodHandle NEW_MANY_TO_MANY = constructor(ManyToMany.class);
    private static final MethodHandle NEW_RELATED_MANAGER = constructor(RelatedManager.class);
    private static final MethodHandle NEW_REVERSE_ONE = constructor(ReverseOne.class);
    private static final MethodHandle NEW_GENERIC_REF = constructor(GenericRef.class);
    private static final MethodHandle NEW_GENERIC_RELATED_MANAGER = constructor(GenericRelatedManager.class);
    private static final List<Class<?>> HOLDERS = List.of(Ref.class, ManyToMany.class, RelatedManager.class, ReverseOne.class,
            GenericRef.class, GenericRelatedManager.class);

    private static final ClassValue<Slot[]> SLOTS = new ClassValue<>() {
        @Override
        protected Slot[] computeValue(Class<?> type) {
            List<Slot> slots = new ArrayList<>();
            for (Class<?> c = type; c != null && c != Model.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers())) {
                        continue;
                    }
                    int holder = HOLDERS.indexOf(f.getType());
                    if (holder >= 0) {
                        slots.add(slot(f, holder));
                    }
                }
            }
            return slots.toArray(Slot[]::new);
        }
    };

    private RelationSlots() {
    }

    private static MethodHandle constructor(Class<?> type) {
        try {
            return MethodHandles.privateLookupIn(type, MethodHandles.lookup())
                    .findConstructor(type, MethodType.methodType(void.class, Model.class, String.class))
                    .asType(MethodType.methodType(Object.class, Model.class, String.class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Covet cannot reach the constructor of " + type, e);
        }
    }

    private static Slot slot(Field f, int holder) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(dev.covet.orm.meta.Modules.readable(f.getDeclaringClass()), MethodHandles.lookup());
            MethodHandle getter = lookup.unreflectGetter(f).asType(MethodType.methodType(Object.class, Model.class));
            MethodHandle setter = Modifier.isFinal(f.getModifiers()) ? null
                    : lookup.unreflectSetter(f).asType(MethodType.methodType(void.class, Model.class, Object.class));
            return new Slot(getter, setter, f.getName(), holder);
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
                    s.setter.invokeExact(instance, newHolder(s.holder, instance, s.name));
                }
            } catch (Throwable t) {
                throw new IllegalStateException("Cannot set up relation field " + s.name, t);
            }
        }
    }

    private static Object newHolder(int holder, Model owner, String name) throws Throwable {
        return switch (holder) {
            case 0 -> (Object) NEW_REF.invokeExact(owner, name);
            case 1 -> (Object) NEW_MANY_TO_MANY.invokeExact(owner, name);
            case 2 -> (Object) NEW_RELATED_MANAGER.invokeExact(owner, name);
            case 3 -> (Object) NEW_REVERSE_ONE.invokeExact(owner, name);
            case 4 -> (Object) NEW_GENERIC_REF.invokeExact(owner, name);
            default -> (Object) NEW_GENERIC_RELATED_MANAGER.invokeExact(owner, name);
        };
    }
}
