package dev.covet.orm.routing;

import dev.covet.orm.Covet;
import dev.covet.orm.exception.ImproperlyConfigured;
import dev.covet.orm.Model;
import dev.covet.orm.meta.Instances;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends reads to replicas and writes to the primary: reads take the replicas in turn (round robin),
 * leaving out for {@link #retryAfter} one found unreachable (then trying it again), and fall back to
 * the primary when none is left. Every read inside a transaction on the primary goes to the primary,
 * and, with {@link #readYourWrites}, so do the reads of a thread for a short while after its last write.
 * Configure the replicas {@code readOnly} so that a write sent to one by mistake fails with a
 * {@link dev.covet.orm.exception.ReadOnlyError} naming it. Thread-safe.
 *
 * <pre>{@code
 * Covet.setup(Config.builder()
 *     .database("default", "postgresql://app@primary/shop")
 *     .database("replica1", "postgresql://app@replica1/shop", db -> db.readOnly(true))
 *     .database("replica2", "postgresql://app@replica2/shop", db -> db.readOnly(true))
 *     .routers(ReplicaRouter.primary("default").replicas("replica1", "replica2").readYourWrites(Duration.ofSeconds(2)))
 *     .models(Product.class)
 *     .build());
 * }</pre>
 */
public final class ReplicaRouter implements Router {
    private final String primary;
    private final List<String> replicas;
    private final Duration readYourWrites;
    private final Duration retryAfter;
    private final AtomicInteger next = new AtomicInteger();
    /** Replicas left out, with the System.nanoTime() at which to try them again. */
    private final ConcurrentHashMap<String, Long> down = new ConcurrentHashMap<>();
    private final ThreadLocal<long[]> lastWrite = new ThreadLocal<>();

    private ReplicaRouter(String primary, List<String> replicas, Duration readYourWrites, Duration retryAfter) {
        this.primary = primary;
        this.replicas = List.copyOf(replicas);
        this.readYourWrites = readYourWrites;
        this.retryAfter = retryAfter;
    }

    /**
     * A router whose writes go to {@code alias}; add the replicas with {@link #replicas}.
     *
     * @param alias the primary's alias
     * @return the router, without replicas yet
     * @throws dev.covet.orm.exception.ImproperlyConfigured if the alias is null or blank
     */
    public static ReplicaRouter primary(String alias) {
        if (alias == null || alias.isBlank()) {
            throw new ImproperlyConfigured("ReplicaRouter.primary(...) needs the primary's alias");
        }
        return new ReplicaRouter(alias, List.of(), Duration.ZERO, Duration.ofSeconds(5));
    }

    /**
     * The aliases reads go to, in turn.
     *
     * @param aliases the replica aliases, distinct and other than the primary's
     * @return a router with these replicas
     * @throws dev.covet.orm.exception.ImproperlyConfigured if an alias is blank, repeated or the primary's
     */
    public ReplicaRouter replicas(String... aliases) {
        Set<String> seen = new java.util.HashSet<>();
        for (String a : aliases) {
            if (a == null || a.isBlank() || a.equals(primary) || !seen.add(a)) {
                throw new ImproperlyConfigured("ReplicaRouter replicas must be distinct aliases other than the primary '"
                        + primary + "'; got " + java.util.Arrays.toString(aliases));
            }
        }
        return new ReplicaRouter(primary, List.of(aliases), readYourWrites, retryAfter);
    }

    /**
     * For this long after a thread's write, its reads go to the primary and see it (default: not at all).
     *
     * @param window how long reads stay on the primary after a write; zero for not at all
     * @return a router with this window
     * @throws dev.covet.orm.exception.ImproperlyConfigured if the window is null or negative
     */
    public ReplicaRouter readYourWrites(Duration window) {
        if (window == null || window.isNegative()) {
            throw new ImproperlyConfigured("readYourWrites needs a window of zero or more, not " + window);
        }
        return new ReplicaRouter(primary, replicas, window, retryAfter);
    }

    /**
     * How long a replica found unreachable is left out before reads try it again (default 5 s).
     *
     * @param wait how long to leave out an unreachable replica; positive
     * @return a router with this wait
     * @throws dev.covet.orm.exception.ImproperlyConfigured if the wait is null, zero or negative
     */
    public ReplicaRouter retryAfter(Duration wait) {
        if (wait == null || wait.isNegative() || wait.isZero()) {
            throw new ImproperlyConfigured("retryAfter needs a positive duration, not " + wait);
        }
        return new ReplicaRouter(primary, replicas, readYourWrites, wait);
    }

    /**
     * The alias writes go to.
     *
     * @return the primary's alias
     */
    public String primaryAlias() {
        return primary;
    }

    /**
     * The aliases reads go to, in turn.
     *
     * @return the replica aliases; empty when there are none
     */
    public List<String> replicaAliases() {
        return replicas;
    }

    @Override
    public String dbForRead(Class<? extends Model> model, Hints hints) {
        if (replicas.isEmpty() || Covet.database(primary).inTransaction()) {
            return primary;
        }
        if (!readYourWrites.isZero()) {
            long[] last = lastWrite.get();
            if (last != null && System.nanoTime() - last[0] < readYourWrites.toNanos()) {
                return primary;
            }
        }
        long now = System.nanoTime();
        int start = Math.floorMod(next.getAndIncrement(), replicas.size());
        for (int i = 0; i < replicas.size(); i++) {
            String alias = replicas.get((start + i) % replicas.size());
            Long retryAt = down.get(alias);
            if (retryAt == null) {
                return alias;
            }
            if (now - retryAt >= 0) {
                // its time out is over: this read tries it again (and puts it back if it answers)
                down.remove(alias, retryAt);
                return alias;
            }
        }
        return primary;
    }

    @Override
    public String dbForWrite(Class<? extends Model> model, Hints hints) {
        if (!readYourWrites.isZero()) {
            long[] last = lastWrite.get();
            if (last == null) {
                lastWrite.set(last = new long[1]);
            }
            last[0] = System.nanoTime();
        }
        return primary;
    }

    /** The primary and its replicas hold the same rows: objects of any of them may be related. */
    @Override
    public Boolean allowRelation(Model a, Model b) {
        return mine(Instances.database(a)) && mine(Instances.database(b)) ? Boolean.TRUE : null;
    }

    /** Tables are made on the primary only: the replicas copy them. */
    @Override
    public Boolean allowMigrate(String db, String app, String model) {
        return replicas.contains(db) ? Boolean.FALSE : null;
    }

    @Override
    public boolean unreachable(String alias) {
        if (!replicas.contains(alias)) {
            return false;
        }
        down.put(alias, System.nanoTime() + retryAfter.toNanos());
        return true;
    }

    /**
     * Is {@code alias} left out of the reads now (found unreachable, and not yet tried again)?
     *
     * @param alias a replica alias
     * @return true while reads leave it out
     */
    public boolean isDown(String alias) {
        Long retryAt = down.get(alias);
        return retryAt != null && System.nanoTime() - retryAt < 0;
    }

    private boolean mine(String alias) {
        return alias == null || alias.equals(primary) || replicas.contains(alias);
    }
}
