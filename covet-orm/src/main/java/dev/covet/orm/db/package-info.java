/**
 * Databases and connections: a {@link dev.covet.orm.db.Database} per alias (a HikariCP pool
 * or an application's {@code DataSource}), its settings and URLs, transactions and savepoints, cursors,
 * the SQL log and query listeners, and the hook by which an outer transaction manager (Spring's) lends
 * Covet its connection.
 */
package dev.covet.orm.db;
