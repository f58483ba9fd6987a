/**
 * Table definitions (columns, keys, indexes, unique constraints) and the DDL statements
 * written from them.
 */
package dev.covet.orm.sql.ddl;
