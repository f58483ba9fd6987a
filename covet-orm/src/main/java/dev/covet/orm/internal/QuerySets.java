package dev.covet.orm.internal;

import dev.covet.orm.Model;
import dev.covet.orm.QuerySet;
import dev.covet.orm.meta.ModelInfo;

/**
 * What {@link QuerySet} offers Covet's own packages beyond its public methods: its model's metadata and
 * a share-locking read. {@link QuerySet} installs the accessor as it is initialized, so any caller holding
 * a QuerySet finds it installed. Not for application code. Thread-safe: the accessor is set once.
 */
public final class QuerySets {
    private static Access access;

    private QuerySets() {
    }

    /** What {@link QuerySet} offers Covet's internals. */
    public interface Access {
        /**
         * The metadata of the model {@code qs} queries.
         *
         * @param <T> the model type
         * @param qs the QuerySet
         * @return the model's metadata
         */
        <T extends Model> ModelInfo<T> info(QuerySet<T> qs);

        /**
         * {@code qs} as a locking read that takes share locks, unless it already locks its rows: it sees the
         * latest committed rows even where a plain read inside a transaction sees an older snapshot
         * (InnoDB's REPEATABLE READ).
         *
         * @param <T> the model type
         * @param qs the QuerySet
         * @return the locking QuerySet; {@code qs} is unchanged
         */
        <T extends Model> QuerySet<T> lockedForShare(QuerySet<T> qs);
    }

    /**
     * Called once, by {@link QuerySet}'s static initializer.
     *
     * @param a the QuerySet's accessor
     * @throws IllegalStateException if an accessor is installed already
     */
    public static void install(Access a) {
        if (access != null) {
            throw new IllegalStateException("already installed");
        }
        access = a;
    }

    /**
     * The metadata of the model {@code qs} queries.
     *
     * @param <T> the model type
     * @param qs the QuerySet
     * @return the model's metadata
     */
    public static <T extends Model> ModelInfo<T> info(QuerySet<T> qs) {
        return access.info(qs);
    }

    /**
     * {@code qs} as a locking read that takes share locks, unless it already locks its rows.
     *
     * @param <T> the model type
     * @param qs the QuerySet
     * @return the locking QuerySet; {@code qs} is unchanged
     */
    public static <T extends Model> QuerySet<T> lockedForShare(QuerySet<T> qs) {
        return access.lockedForShare(qs);
    }
}
