/**
 * Persistence beneath the face: saving an instance (the INSERT or UPDATE of each table's row, automatic values,
 * values the database fills in, expressions read back), validation without the database, bulk writes
 * ({@code bulkCreate}, {@code bulkUpdate}, the COPY path), deletion with its {@code on_delete} consequences
 * (the delete collector), and reading rows into instances, maps and values.
 * It knows an instance as {@link dev.covet.orm.meta.Entity} and its relation values through
 * {@link dev.covet.orm.meta.RelationValues}, is handed the {@link dev.covet.orm.db.Database} to write to, and
 * reports the signals it and the face send through {@link dev.covet.orm.internal.persist.Lifecycle}, which
 * the signal package implements. It uses only the layers beneath it, never the face.
 *
 * <p>Not API: public only because Java packages cannot share otherwise. Not for application code, and
 * it may change in any release.
 */
package dev.covet.orm.internal.persist;
