package dev.covet.orm.db;

/**
 * A snapshot of one database's connection pool, from HikariCP's pool MXBean and Covet's own queue in
 * front of it: {@code size} connections open, {@code active} of them lent out, {@code idle} free,
 * {@code waiting} threads waiting for one, and {@code timeouts} waits that ended in a
 * {@link dev.covet.orm.exception.PoolTimeout} since the database was opened. {@code maxSize} is the most
 * connections the pool opens. An in-memory SQLite database has a pool of one. For a DataSource the
 * application gave that is not a HikariCP pool, the counts Covet cannot know are -1.
 */
public record PoolStats(int size, int active, int idle, int waiting, long timeouts, int maxSize) {
    /** Nothing lent out and nobody waiting. */
    public boolean isIdle() {
        return active == 0 && waiting == 0;
    }
}
