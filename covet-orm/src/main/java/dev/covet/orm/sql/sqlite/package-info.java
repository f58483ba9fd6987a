/**
 * The SQLite dialect, with the functions Covet registers on SQLite connections and the
 * statement deadline enforced in the VM.
 */
package dev.covet.orm.sql.sqlite;
