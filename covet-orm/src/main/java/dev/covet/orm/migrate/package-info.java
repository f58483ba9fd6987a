/**
 * Migrations: detecting changes between the models and the migration history
 * ({@code makeMigrations}), applying and unapplying them ({@code migrate}) under a schema lock, and the
 * files, graph, recorder, linter and drift check behind them.
 */
package dev.covet.orm.migrate;
