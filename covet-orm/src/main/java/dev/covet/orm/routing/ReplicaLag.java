package dev.covet.orm.routing;

import dev.covet.orm.db.Database;
import dev.covet.orm.sql.LagQuery;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Reads how far a replica lags behind its primary, where the database reports it. */
public final class ReplicaLag {
    private ReplicaLag() {
    }

    /**
     * The lag of {@code db}; empty on a primary, where the database does not say, or before anything was replayed.
     *
     * @param db the database to ask
     * @return how far the replica's replay is behind, or empty
     */
    public static Optional<Duration> of(Database db) {
        LagQuery q = db.dialect().replicaLag();
        if (q == null) {
            return Optional.empty();
        }
        List<Object> rows = db.query(q.sql(), rs -> {
            Object v = rs.getObject(q.column());
            return v == null ? Optional.empty() : v;
        });
        if (rows.isEmpty() || !(rows.getFirst() instanceof Object v) || v instanceof Optional<?>) {
            return Optional.empty();
        }
        BigDecimal seconds = new BigDecimal(v.toString());
        long nanos = seconds.max(BigDecimal.ZERO).movePointRight(9).longValue();
        return Optional.of(Duration.ofNanos(nanos));
    }
}
