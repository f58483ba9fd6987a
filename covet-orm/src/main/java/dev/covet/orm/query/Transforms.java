package dev.covet.orm.query;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.meta.Naming;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The transforms a lookup path may hold between a field and its lookup ({@code createdAt__year__gte},
 * {@code name__lower__startswith}): each a name, the kinds of values it applies to and the expression
 * it wraps its source in. The date parts are built in; a user registers more. Thread-safe.
 *
 * <pre>{@code Transforms.register("lower", LookupType.TEXT_ONLY, Lower::of);}</pre>
 */
public final class Transforms {
    /**
     * One registered transform.
     *
     * @param name     the name in a lookup path
     * @param storages the kinds of values it applies to
     * @param factory  wraps a source expression in the transform
     * @param builtin  built into Covet (and so not replaceable)?
     */
    public record Definition(String name, Set<Storage> storages, UnaryOperator<Expression> factory, boolean builtin) {
        /**
         * Does the transform apply to values of {@code storage}?
         *
         * @param storage the storage of the value transformed; null never matches
         * @return true when {@code storage} is one of {@link #storages()}
         */
        public boolean appliesTo(Storage storage) {
            return storage != null && storages.contains(storage);
        }
    }

    private static final Map<String, Definition> REGISTRY = Collections.synchronizedMap(new LinkedHashMap<>());

    static {
        for (Transform.Kind kind : Transform.Kind.values()) {
            EnumSet<Storage> storages = EnumSet.noneOf(Storage.class);
            for (Storage s : Storage.values()) {
                if (kind.appliesTo(s)) {
                    storages.add(s);
                }
            }
            REGISTRY.put(kind.lookupName(), new Definition(kind.lookupName(), Collections.unmodifiableSet(storages),
                    source -> new Transform(kind, source), true));
        }
    }

    static {
        // text transforms, usable in paths: name__lower__startswith
        builtin("lower", Set.of(Storage.STRING), source -> new Func("LOWER", List.of(source), OutputType.STRING));
        builtin("upper", Set.of(Storage.STRING), source -> new Func("UPPER", List.of(source), OutputType.STRING));
        builtin("length", Set.of(Storage.STRING), source -> new Func("LENGTH", List.of(source), OutputType.INT));
    }

    private static void builtin(String name, Set<Storage> storages, UnaryOperator<Expression> factory) {
        REGISTRY.put(name, new Definition(name, Collections.unmodifiableSet(EnumSet.copyOf(storages)), factory, true));
    }

    private Transforms() {
    }

    /**
     * Registers (or replaces) a transform named {@code name} over values of {@code storages}
     * (Django's {@code register_lookup} for a {@code Transform}).
     *
     * @param name     the name in a lookup path; letters, digits and single underscores
     * @param storages the kinds of values it applies to
     * @param factory  wraps a source expression in the transform, such as {@code Lower::of}
     * @throws FieldError if the name is not an identifier, names a built-in transform or a lookup
     */
    public static void register(String name, Set<Storage> storages, UnaryOperator<Expression> factory) {
        if (name == null || !Naming.isIdentifier(name) || name.contains("__")) {
            throw new FieldError("Transform name '" + name + "' is not valid: use letters, digits and single underscores");
        }
        if (LookupType.named(name) != null) {
            throw new FieldError("Transform name '" + name + "' is already a lookup");
        }
        synchronized (REGISTRY) {
            Definition existing = REGISTRY.get(name);
            if (existing != null && existing.builtin()) {
                throw new FieldError("Transform name '" + name + "' is built in and cannot be replaced");
            }
            REGISTRY.put(name, new Definition(name, Collections.unmodifiableSet(EnumSet.copyOf(storages)), factory, false));
        }
    }

    /**
     * The transform named {@code name}.
     *
     * @param name the name in a lookup path
     * @return the transform, or null if none is named so
     */
    public static Definition named(String name) {
        return REGISTRY.get(name);
    }

    /**
     * The names of the transforms that apply to {@code storage}.
     *
     * @param storage the storage of the value transformed
     * @return the names, in registration order
     */
    public static List<String> namesFor(Storage storage) {
        List<String> names = new ArrayList<>();
        synchronized (REGISTRY) {
            for (Definition d : REGISTRY.values()) {
                if (d.appliesTo(storage)) {
                    names.add(d.name());
                }
            }
        }
        return names;
    }

    /** {@code source} under the transform, checked to fit; {@code path} names the lookup for errors. */
    static Expression apply(Definition t, Expression source, String path) {
        Storage s = source.outputType().storage();
        if (!t.appliesTo(s)) {
            throw new FieldError("Unsupported transform '" + t.name() + "' in '" + path + "' for "
                    + PathResolver.describe(source) + (s == null ? "" : " (" + s + ")"));
        }
        return t.factory().apply(source);
    }
}
