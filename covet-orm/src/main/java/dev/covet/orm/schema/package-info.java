/**
 * Schema changes on a live database: creating, altering and dropping tables, columns and
 * indexes, as migrations and {@code createTables} need them.
 */
package dev.covet.orm.schema;
