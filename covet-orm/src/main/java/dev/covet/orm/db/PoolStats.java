package dev.covet.orm.db;

/**
 * A snapshot of one database's connection pool, from HikariCP's pool MXBean and Covet's own queue in
 * front of it: {@code size} connections open, {@code active} of them lent out, {@code idle} free,
 * {@code waiting} threads waiting for one, and {@code timeouts} waits that ended in a
 * {@link dev.covet.orm.exception.PoolTimeout} since the database was opened. {@code maxSize} is the most
 * connections the pool opens. An in-memory SQLite database has a pool of one. For a DataSource the
 * application gave that is not a HikariCP pool, the counts Covet cannot know are -1.
 *
 * @param size     connections open
 * @param active   connections lent out
 * @param idle     connections free
 * @param waiting  threads waiting for a connection
 * @param timeouts waits that ended in a pool timeout since the database opened
 * @param maxSize  the most connections the pool opens
 */
public record PoolStats(int size, int active, int idle, int waiting, long timeouts, int maxSize) {
    /**
     * Nothing lent out and nobody waiting.
     *
     * @return true when no connection is lent out and no thread waits
     */
    public boolean isIdle() {
        return active == 0 && waiting == 0;
    }
}
