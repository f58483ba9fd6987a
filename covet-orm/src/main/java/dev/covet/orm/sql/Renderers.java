package dev.covet.orm.sql;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.query.Expression;
import dev.covet.orm.query.Lookup;
import dev.covet.orm.query.LookupType;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which renderer turns which expression node and which lookup into SQL. A node's renderer is found
 * by its class, then its superclasses and interfaces, first among those registered for the dialect
 * at hand, then among those for every database. Covet registers its own nodes here; a user registers
 * a node or lookup of their own the same way. Thread-safe.
 *
 * <pre>{@code
 * Renderers.register(Reverse.class, (node, c) -> c.compile(node.source()).wrap("REVERSE(", ")"));
 * Renderers.register("sqlite", Reverse.class, (node, c) -> ...);   // SQLite has no REVERSE()
 * }</pre>
 */
public final class Renderers {
    private static final String ANY = "";
    private static final Map<String, Map<Class<?>, ExpressionRenderer<?>>> EXPRESSIONS = new ConcurrentHashMap<>();
    private static final Map<String, Map<String, LookupRenderer>> LOOKUPS = new ConcurrentHashMap<>();
    /** Resolved renderers per dialect and concrete class, so the hierarchy walk happens once. */
    private static final Map<String, Map<Class<?>, ExpressionRenderer<?>>> RESOLVED = new ConcurrentHashMap<>();

    static {
        BuiltinRenderers.registerAll();
        BuiltinLookups.registerAll();
        SubqueryRenderers.registerAll();
        ConditionalRenderers.registerAll();
        FunctionRenderers.registerAll();
        WindowRenderers.registerAll();
        JsonRenderers.registerAll();
        SearchRenderers.registerAll();
    }

    private Renderers() {
    }

    /**
     * Renders nodes of {@code type} (and its subclasses) on every database.
     *
     * @param <E> the node class
     * @param type the node class, subclasses included
     * @param renderer writes the node's SQL; it replaces any renderer registered before for {@code type}
     */
    public static <E extends Expression> void register(Class<E> type, ExpressionRenderer<? super E> renderer) {
        put(ANY, type, renderer);
    }

    /**
     * Renders nodes of {@code type} on the dialect named {@code dialect} ({@code sqlite}, {@code postgresql}, {@code mysql}).
     *
     * @param <E> the node class
     * @param dialect the dialect's name
     * @param type the node class
     * @param renderer writes the node's SQL; on that dialect it wins over one registered for every database
     * @throws dev.covet.orm.exception.FieldError if {@code dialect} is not a dialect name
     */
    public static <E extends Expression> void register(String dialect, Class<E> type, ExpressionRenderer<? super E> renderer) {
        put(checkDialect(dialect), type, renderer);
    }

    /**
     * Renders the lookup named {@code lookupName} on every database.
     *
     * @param lookupName the lookup's name, as filters spell it ({@code ilike})
     * @param renderer writes the lookup's SQL
     */
    public static void registerLookup(String lookupName, LookupRenderer renderer) {
        LOOKUPS.computeIfAbsent(ANY, k -> new ConcurrentHashMap<>()).put(lookupName, renderer);
    }

    /**
     * Renders the lookup named {@code lookupName} on the dialect named {@code dialect}.
     *
     * @param dialect the dialect's name
     * @param lookupName the lookup's name, as filters spell it
     * @param renderer writes the lookup's SQL
     * @throws dev.covet.orm.exception.FieldError if {@code dialect} is not a dialect name
     */
    public static void registerLookup(String dialect, String lookupName, LookupRenderer renderer) {
        LOOKUPS.computeIfAbsent(checkDialect(dialect), k -> new ConcurrentHashMap<>()).put(lookupName, renderer);
    }

    private static void put(String dialect, Class<?> type, ExpressionRenderer<?> renderer) {
        EXPRESSIONS.computeIfAbsent(dialect, k -> new ConcurrentHashMap<>()).put(type, renderer);
        RESOLVED.clear();
    }

    private static String checkDialect(String dialect) {
        if (dialect == null || !dialect.matches("[a-z][a-z0-9_]*")) {
            throw new FieldError("'" + dialect + "' is not a dialect name; choices are sqlite, postgresql, mysql");
        }
        return dialect;
    }

    /** The SQL of {@code e} on the compiler's dialect. */
    @SuppressWarnings("unchecked")
    static Sql compile(Expression e, Compiler compiler) {
        String dialect = compiler.dialect().name();
        Map<Class<?>, ExpressionRenderer<?>> resolved = RESOLVED.computeIfAbsent(dialect, k -> new ConcurrentHashMap<>());
        ExpressionRenderer<?> r = resolved.get(e.getClass());
        if (r == null) {
            r = find(compiler.dialect(), e.getClass());
            if (r == null) {
                throw new FieldError("Covet cannot compile the expression " + e + ": no renderer is registered for "
                        + e.getClass().getName() + " (Renderers.register)");
            }
            resolved.put(e.getClass(), r);
        }
        return ((ExpressionRenderer<Expression>) r).compile(e, compiler);
    }

    /** The condition of {@code lookup} on the compiler's dialect. */
    static Sql compile(Lookup lookup, Compiler compiler) {
        LookupType type = lookup.type();
        LookupRenderer r = null;
        Map<String, LookupRenderer> own = LOOKUPS.get(compiler.dialect().name());
        if (own != null) {
            r = own.get(type.lookupName());
        }
        if (r == null) {
            Map<String, LookupRenderer> any = LOOKUPS.get(ANY);
            r = any == null ? null : any.get(type.lookupName());
        }
        if (r == null) {
            throw new FieldError("The lookup '" + type.lookupName() + "' has no SQL: register it with Renderers.registerLookup");
        }
        return r.compile(lookup, compiler);
    }

    /** By class then superclasses and interfaces: a user's for this dialect, the dialect's own, then everyone's. */
    private static ExpressionRenderer<?> find(Dialect dialect, Class<?> type) {
        for (int scope = 0; scope < 3; scope++) {
            Map<Class<?>, ExpressionRenderer<?>> table = scope == 0 ? EXPRESSIONS.get(dialect.name()) : scope == 2 ? EXPRESSIONS.get(ANY) : null;
            if (table == null && scope != 1) {
                continue;
            }
            Deque<Class<?>> todo = new ArrayDeque<>();
            todo.add(type);
            while (!todo.isEmpty()) {
                Class<?> c = todo.poll();
                ExpressionRenderer<?> r = scope == 1 ? dialect.ownRenderer(c) : table.get(c);
                if (r != null) {
                    return r;
                }
                if (c.getSuperclass() != null) {
                    todo.add(c.getSuperclass());
                }
                todo.addAll(java.util.List.of(c.getInterfaces()));
            }
        }
        return null;
    }
}
