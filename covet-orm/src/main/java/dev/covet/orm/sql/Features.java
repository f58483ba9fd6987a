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
 * @param foreignKeysToLaterTables    a CREATE TABLE may name, in a foreign key, a table created after it
 *                                    (references are checked only when rows change)
 */
public record Features(boolean supportsReturning, boolean supportsDistinctOn, boolean supportsSelectForUpdate,
                       boolean supportsNowait, boolean supportsSkipLocked, boolean supportsArrays, int maxParameters,
                       boolean canGroupByPrimaryKey, boolean selfReferenceNeedsDerivedTable,
                       boolean supportsTransactionalDdl, boolean supportsServerCursors,
                       boolean supportsNullsOrdering, boolean foreignKeysCheckedAtCommit,
                       boolean supportsRecursiveCte, boolean driverCachesStatements, boolean foreignKeysToLaterTables) {
    /**
     * The one rule for splitting work into statements: how many rows (or keys) of {@code paramsPerRow}
     * parameters one statement may carry beside {@code otherParams} parameters of its own; at least 1,
     * and at most {@code requested} when that is positive (a caller's {@code batchSize}).
     *
     * @param paramsPerRow the parameters each row (or key) takes
     * @param otherParams the parameters the statement takes besides the rows
     * @param requested the caller's batch size; 0 or less for none
     * @return the rows per statement, at least 1
     */
    public int rowsPerStatement(int paramsPerRow, int otherParams, int requested) {
        int fit = Math.max(1, (maxParameters - otherParams) / Math.max(1, paramsPerRow));
        return requested > 0 ? Math.min(fit, requested) : fit;
    }

    /**
     * Features built flag by flag, each named: {@code Features.builder().returning().maxParameters(32767).build()}.
     *
     * @return a builder with every flag off
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Names each capability a database has; what is not named it does not have. */
    public static final class Builder {
        private boolean returning, distinctOn, selectForUpdate, nowait, skipLocked, arrays, groupByPrimaryKey,
                selfReferenceNeedsDerivedTable, transactionalDdl, serverCursors, nullsOrdering, foreignKeysCheckedAtCommit,
                recursiveCte, driverCachesStatements, foreignKeysToLaterTables;
        private int maxParameters = 999;

        private Builder() {
        }

        /**
         * {@code INSERT ... RETURNING}.
         *
         * @param on whether the database has it
         * @return this builder
         */
        public Builder returning(boolean on) {
            returning = on;
            return this;
        }

        /**
         * {@code SELECT DISTINCT ON (...)}.
         *
         * @return this builder
         */
        public Builder distinctOn() {
            distinctOn = true;
            return this;
        }

        /**
         * Row locks with {@code FOR UPDATE}, and whether {@code NOWAIT} and {@code SKIP LOCKED} come with them.
         *
         * @param nowait whether {@code FOR UPDATE NOWAIT} works
         * @param skipLocked whether {@code FOR UPDATE SKIP LOCKED} works
         * @return this builder
         */
        public Builder selectForUpdate(boolean nowait, boolean skipLocked) {
            selectForUpdate = true;
            this.nowait = nowait;
            this.skipLocked = skipLocked;
            return this;
        }

        /**
         * Array columns.
         *
         * @return this builder
         */
        public Builder arrays() {
            arrays = true;
            return this;
        }

        /**
         * The most parameters one statement may carry.
         *
         * @param max the most parameters
         * @return this builder
         */
        public Builder maxParameters(int max) {
            maxParameters = max;
            return this;
        }

        /**
         * Grouping by a table's primary key covers its other columns.
         *
         * @return this builder
         */
        public Builder groupByPrimaryKey() {
            groupByPrimaryKey = true;
            return this;
        }

        /**
         * An UPDATE/DELETE may not read its own table in a subquery unless wrapped in a derived table.
         *
         * @return this builder
         */
        public Builder selfReferenceNeedsDerivedTable() {
            selfReferenceNeedsDerivedTable = true;
            return this;
        }

        /**
         * CREATE/DROP/ALTER take part in transactions.
         *
         * @return this builder
         */
        public Builder transactionalDdl() {
            transactionalDdl = true;
            return this;
        }

        /**
         * Rows stream with a fetch size.
         *
         * @return this builder
         */
        public Builder serverCursors() {
            serverCursors = true;
            return this;
        }

        /**
         * {@code ORDER BY ... NULLS FIRST / LAST}.
         *
         * @return this builder
         */
        public Builder nullsOrdering() {
            nullsOrdering = true;
            return this;
        }

        /**
         * Covet's foreign keys are checked at commit (deferred).
         *
         * @return this builder
         */
        public Builder foreignKeysCheckedAtCommit() {
            foreignKeysCheckedAtCommit = true;
            return this;
        }

        /**
         * {@code WITH RECURSIVE}.
         *
         * @param on whether the database has it
         * @return this builder
         */
        public Builder recursiveCte(boolean on) {
            recursiveCte = on;
            return this;
        }

        /**
         * The driver keeps prepared statements, or preparing is cheap.
         *
         * @return this builder
         */
        public Builder driverCachesStatements() {
            driverCachesStatements = true;
            return this;
        }

        /**
         * A CREATE TABLE may name, in a foreign key, a table created after it: references are checked only
         * when rows change (SQLite), so no ALTER TABLE has to add the key afterwards.
         *
         * @return this builder
         */
        public Builder foreignKeysToLaterTables() {
            foreignKeysToLaterTables = true;
            return this;
        }

        /**
         * The features named so far.
         *
         * @return the features
         */
        public Features build() {
            return new Features(returning, distinctOn, selectForUpdate, nowait, skipLocked, arrays, maxParameters,
                    groupByPrimaryKey, selfReferenceNeedsDerivedTable, transactionalDdl, serverCursors, nullsOrdering,
                    foreignKeysCheckedAtCommit, recursiveCte, driverCachesStatements, foreignKeysToLaterTables);
        }
    }
}
