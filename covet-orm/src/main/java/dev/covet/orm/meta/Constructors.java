package dev.covet.orm.meta;


import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.function.Supplier;

/**
 * A model's no-argument constructor as a {@link Supplier} that LambdaMetafactory spins: its {@code get()}
 * is a plain {@code new}, which the JIT inlines and allocates in place. Hydration makes one instance per
 * row; through a constructor method handle that is not a constant, each instance was allocated by a call
 * into the VM with a class it only learns at run time (the largest single cost of reading many rows).
 * Where LambdaMetafactory cannot reach the class (a model in a named module that opens its package but
 * shares no module with Covet), the method handle is used as before.
 */
final class Constructors {
    private Constructors() {
    }

    /** The constructor of {@code cls} as a supplier; {@code constructor} is its handle, typed {@code ()Model}. */
    @SuppressWarnings("unchecked")
    static Supplier<Entity> supplier(MethodHandles.Lookup lookup, Class<?> cls, MethodHandle constructor) {
        try {
            CallSite site = LambdaMetafactory.metafactory(lookup, "get", MethodType.methodType(Supplier.class),
                    MethodType.methodType(Object.class), lookup.findConstructor(cls, MethodType.methodType(void.class)),
                    MethodType.methodType(cls));
            return (Supplier<Entity>) site.getTarget().invoke();
        } catch (Throwable e) {
            return of(constructor);
        }
    }

    /** A supplier calling {@code constructor} (typed {@code ()Model}). */
    static Supplier<Entity> of(MethodHandle constructor) {
        return () -> {
            try {
                return (Entity) constructor.invokeExact();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        };
    }
}
