/**
 * The MySQL / MariaDB dialect.
 */
package dev.covet.orm.sql.mysql;
