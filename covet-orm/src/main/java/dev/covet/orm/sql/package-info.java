/**
 * Where SQL is written: the compilers of queries, expressions and DDL, the value codecs, and the
 * {@link dev.covet.orm.sql.Dialect} that answers every question on which SQLite, PostgreSQL and
 * MySQL/MariaDB differ.
 */
package dev.covet.orm.sql;
