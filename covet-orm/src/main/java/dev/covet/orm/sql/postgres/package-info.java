/**
 * The PostgreSQL dialect, with its array codec.
 */
package dev.covet.orm.sql.postgres;
