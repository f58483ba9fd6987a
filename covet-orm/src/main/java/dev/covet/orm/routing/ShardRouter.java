package dev.covet.orm.routing;

import dev.covet.orm.Model;
import dev.covet.orm.QuerySet;
import dev.covet.orm.exception.ImproperlyConfigured;
import dev.covet.orm.exception.RoutingError;
import dev.covet.orm.meta.Instances;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Spreads the rows of some models over several databases (shards) by a key field: by a hash of the key,
 * or by ranges of it. A save goes to its key's shard; a query goes to the shard its conditions pin the
 * key to ({@code filter("customerId", 7)}, {@code filter("customerId__in", ...)} on one shard), and one
 * that does not is refused with a {@link RoutingError} unless it names a shard ({@code using("shard1")})
 * or asks to read every shard ({@link #fanOut}). Models it does not shard are left to the next router.
 *
 * <pre>{@code
 * ShardRouter shards = ShardRouter.hash("customerId", "shard0", "shard1", "shard2").models(Order.class);
 * Covet.setup(Config.builder()...routers(shards).build());
 * Order.objects.filter("customerId", 42).list();                       // shard of 42 only
 * shards.fanOut(Order.objects.orderBy("-total").slice(0, 10)).list();  // top ten over every shard
 * }</pre>
 */
public final class ShardRouter implements Router {
    private final String field;
    private final List<String> shards;
    /** Upper bounds (exclusive) of the ranges, one per shard but the last; null for hashing. */
    private final List<Comparable<Object>> bounds;
    private final Set<Class<? extends Model>> models;

    private ShardRouter(String field, List<String> shards, List<Comparable<Object>> bounds, Set<Class<? extends Model>> models) {
        this.field = field;
        this.shards = List.copyOf(shards);
        this.bounds = bounds;
        this.models = Set.copyOf(models);
    }

    /**
     * Shards by a hash of {@code field}'s value over {@code aliases} (the same key always lands on the same shard).
     *
     * @param field the shard key field, on every sharded model
     * @param aliases the shard aliases, distinct
     * @return the router; name its models with {@link #models}
     * @throws dev.covet.orm.exception.ImproperlyConfigured if the field is blank or the aliases are none or repeated
     */
    public static ShardRouter hash(String field, String... aliases) {
        check(field, List.of(aliases));
        return new ShardRouter(field, List.of(aliases), null, Set.of());
    }

    /**
     * Shards by ranges of {@code field}'s value; add them with {@link Ranges#below} and {@link Ranges#rest}.
     *
     * @param field the shard key field, on every sharded model
     * @return the builder of the ranges
     */
    public static Ranges ranges(String field) {
        return new Ranges(field);
    }

    /**
     * The models this router shards (each must have the key field).
     *
     * @param types the model classes to shard, added to those already named
     * @return a router that shards these models too
     */
    @SafeVarargs
    public final ShardRouter models(Class<? extends Model>... types) {
        Set<Class<? extends Model>> all = new LinkedHashSet<>(models);
        all.addAll(List.of(types));
        return new ShardRouter(field, shards, bounds, all);
    }

    /**
     * The shard aliases, in the order given.
     *
     * @return the aliases, unmodifiable
     */
    public List<String> shards() {
        return shards;
    }

    /**
     * The field whose value picks the shard.
     *
     * @return the field name
     */
    public String keyField() {
        return field;
    }

    /**
     * The shard that holds the rows whose key is {@code key}.
     *
     * @param key the key value, or a {@link dev.covet.orm.relation.Ref} to take the key of
     * @return the shard alias
     * @throws dev.covet.orm.exception.RoutingError if the key is null
     */
    public String shardFor(Object key) {
        if (key == null) {
            throw new RoutingError("A row of a model sharded by '" + field + "' needs a value for it; it was null");
        }
        if (key instanceof dev.covet.orm.meta.RelationValues.Key ref) {
            key = ref.id();
        }
        if (bounds == null) {
            return shards.get(Math.floorMod(stableHash(key), shards.size()));
        }
        for (int i = 0; i < bounds.size(); i++) {
            if (compare(key, bounds.get(i)) < 0) {
                return shards.get(i);
            }
        }
        return shards.getLast();
    }

    /**
     * A read of {@code qs} over every shard, merged (see {@link FanOut}).
     *
     * @param <T> the model read
     * @param qs the read to run on every shard
     * @return the fan-out; {@code list()}, {@code count()} or {@code exists()} runs it
     */
    public <T extends Model> FanOut<T> fanOut(QuerySet<T> qs) {
        return new FanOut<>(qs, shards);
    }

    @Override
    public String dbForRead(Class<? extends Model> model, Hints hints) {
        return route(model, hints, "read");
    }

    @Override
    public String dbForWrite(Class<? extends Model> model, Hints hints) {
        return route(model, hints, "write");
    }

    private String route(Class<? extends Model> model, Hints hints, String what) {
        if (!sharded(model)) {
            return null;
        }
        Set<Object> keys = hints.values(field);
        if (hints.instance() != null && (keys == null || keys.contains(null)) && Instances.database(hints.instance()) != null) {
            return Instances.database(hints.instance());
        }
        if (keys != null && keys.contains(null)) {
            throw new RoutingError("A " + what + " of " + model.getSimpleName() + " needs a value for its shard key '" + field + "'; it was null");
        }
        if (keys == null || keys.isEmpty()) {
            throw new RoutingError("A " + what + " of " + model.getSimpleName() + ", which is sharded by '" + field
                    + "' over " + shards + ", does not say which shard: filter on " + field + " (or " + field
                    + "__in), name one with using(...), or read every shard with ShardRouter.fanOut(...)");
        }
        Set<String> targets = new LinkedHashSet<>();
        for (Object k : keys) {
            targets.add(shardFor(k));
        }
        if (targets.size() > 1) {
            throw new RoutingError("A " + what + " of " + model.getSimpleName() + " asks for keys " + keys + " of '" + field
                    + "' that live on several shards " + targets + ": read them with ShardRouter.fanOut(...), or per shard with using(...)");
        }
        return targets.iterator().next();
    }

    /** Rows of one shard point only at rows of that shard. */
    @Override
    public Boolean allowRelation(Model a, Model b) {
        if (!sharded(a.getClass()) && !sharded(b.getClass())) {
            return null;
        }
        String da = Instances.database(a);
        String db = Instances.database(b);
        return da == null || db == null || da.equals(db);
    }

    /** A sharded model's table is made on every shard and nowhere else. */
    @Override
    public Boolean allowMigrate(String db, String app, String model) {
        if (model == null) {
            return null;
        }
        for (Class<? extends Model> m : models) {
            if (m.getSimpleName().equals(model)) {
                return shards.contains(db);
            }
        }
        return null;
    }

    private boolean sharded(Class<?> model) {
        for (Class<?> c = model; c != null; c = c.getSuperclass()) {
            if (models.contains(c)) {
                return true;
            }
        }
        return false;
    }

    /** A hash that every JVM computes alike: integers by value (an Integer and a Long of one value agree). */
    private static int stableHash(Object key) {
        if (key instanceof Byte || key instanceof Short || key instanceof Integer || key instanceof Long) {
            return Long.hashCode(((Number) key).longValue());
        }
        if (key instanceof String || key instanceof UUID || key instanceof java.math.BigInteger) {
            return key.hashCode();
        }
        throw new RoutingError("Hash sharding takes integer, text or UUID keys, not " + key.getClass().getSimpleName());
    }

    @SuppressWarnings("unchecked")
    private static int compare(Object key, Comparable<Object> bound) {
        if (key instanceof Number n && bound instanceof Number b && !(key instanceof java.math.BigDecimal)) {
            return Long.compare(n.longValue(), b.longValue());
        }
        try {
            return -bound.compareTo(key);
        } catch (ClassCastException e) {
            throw new RoutingError("The shard key value " + key + " (" + key.getClass().getSimpleName()
                    + ") cannot be compared with the range bound " + bound);
        }
    }

    private static void check(String field, List<String> aliases) {
        if (field == null || field.isBlank()) {
            throw new ImproperlyConfigured("A ShardRouter needs the name of its key field");
        }
        if (aliases.isEmpty() || new LinkedHashSet<>(aliases).size() != aliases.size()) {
            throw new ImproperlyConfigured("A ShardRouter needs one or more distinct shard aliases; got " + aliases);
        }
    }

    /** Builds range sharding: each {@link #below} bound is exclusive; {@link #rest} takes every larger key. */
    public static final class Ranges {
        private final String field;
        private final List<String> aliases = new ArrayList<>();
        private final List<Comparable<Object>> bounds = new ArrayList<>();

        private Ranges(String field) {
            this.field = field;
        }

        /**
         * Keys below {@code bound} (and at or above the previous bound) live on {@code alias}.
         *
         * @param bound the upper bound, excluded; greater than the previous one
         * @param alias the shard alias
         * @return this builder
         * @throws dev.covet.orm.exception.ImproperlyConfigured if the bound is null or not above the previous one
         */
        @SuppressWarnings("unchecked")
        public Ranges below(Comparable<?> bound, String alias) {
            if (bound == null) {
                throw new ImproperlyConfigured("A shard range needs a bound");
            }
            if (!bounds.isEmpty() && compare(bound, bounds.getLast()) <= 0) {
                throw new ImproperlyConfigured("Shard range bounds must grow: " + bound + " follows " + bounds.getLast());
            }
            bounds.add((Comparable<Object>) bound);
            aliases.add(alias);
            return this;
        }

        /**
         * Every key at or above the last bound lives on {@code alias}.
         *
         * @param alias the shard alias for the largest keys
         * @return the router; name its models with {@link ShardRouter#models}
         * @throws dev.covet.orm.exception.ImproperlyConfigured if the aliases are repeated
         */
        public ShardRouter rest(String alias) {
            List<String> all = new ArrayList<>(aliases);
            all.add(alias);
            check(field, all);
            return new ShardRouter(field, all, List.copyOf(bounds), Set.of());
        }
    }
}
