package dev.covet.orm.sql;

/**
 * What a database can do, as data (Django's {@code DatabaseFeatures}). Code outside the dialects
 * asks these, never "which database is this?".
 *
 * @param supportsReturning           {@code INSERT ... RETURNING} (one statement gives the generated keys)
 * @param supportsDistinctOn          {@code SELECT DISTINCT ON (...)}
 * @param supportsSelectForUpdate     row locks with {@code FOR UPDATE}
 * @param supportsNowait              {@code FOR UPDATE NOWAIT}
 * @param supportsSkipLocked          {@code FOR UPDATE SKIP LOCKED}
 * @param supportsArrays              array columns
 * @param maxParameters               the most parameters one statement may carry
 * @param canGroupByPrimaryKey        grouping by a table's primary key covers its other columns
 * @param selfReferenceNeedsDerivedTable an UPDATE/DELETE may not read its own table in a subquery unless wrapped
 * @param supportsTransactionalDdl    CREATE/DROP TABLE take part in transactions
 * @param supportsServerCursors       rows can stream with a fetch size (instead of all being read at once)
 * @param supportsNullsOrdering       {@code ORDER BY ... NULLS FIRST / NULLS LAST}
 * @param foreignKeysCheckedAtCommit  Covet's foreign keys are checked at commit (deferred), not per row
 * @param supportsRecursiveCte        {@code WITH RECURSIVE} common table expressions (tree walks in one query)
 * @param driverCachesStatements      the JDBC driver keeps prepared statements (or preparing is cheap); when
 *                                    not, Covet keeps them per connection
 */
public record Features(boolean supportsReturning, boolean supportsDistinctOn, boolean supportsSelectForUpdate,
                       boolean supportsNowait, boolean supportsSkipLocked, boolean supportsArrays, int maxParameters,
                       boolean canGroupByPrimaryKey, boolean selfReferenceNeedsDerivedTable,
                       boolean supportsTransactionalDdl, boolean supportsServerCursors,
                       boolean supportsNullsOrdering, boolean foreignKeysCheckedAtCommit,
                       boolean supportsRecursiveCte, boolean driverCachesStatements) {
    /**
     * The one rule for splitting work into statements: how many rows (or keys) of {@code paramsPerRow}
     * parameters one statement may carry beside {@code otherParams} parameters of its own; at least 1,
     * and at most {@code requested} when that is positive (a caller's {@code batchSize}).
     */
    public int rowsPerStatement(int paramsPerRow, int otherParams, int requested) {
        int fit = Math.max(1, (maxParameters - otherParams) / Math.max(1, paramsPerRow));
        return requested > 0 ? Math.min(fit, requested) : fit;
    }
}
