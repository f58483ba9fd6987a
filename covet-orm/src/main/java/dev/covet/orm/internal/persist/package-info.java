/**
 * How model instances reach the database: saving (signals, defaults, the INSERT or UPDATE of each table,
 * values the database fills in), validation ({@code fullClean}), refreshing and deferred fields, setting and
 * reading fields as a map, {@code getOrCreate} and {@code updateOrCreate}, {@code QuerySet.update}, bulk writes ({@code bulkCreate},
 * {@code bulkUpdate}, {@code inBulk}) and deletion through the delete collector. {@link dev.covet.orm.Model}, {@link dev.covet.orm.QuerySet} and their relatives call it.
 *
 * <p>Not API: public only because Java packages cannot share otherwise. Not for application code, and
 * it may change in any release.
 */
package dev.covet.orm.internal.persist;
