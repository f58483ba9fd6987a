/**
 * The project state migrations work on: models, fields, relations and indexes as the history
 * describes them (not as the Java classes do), and the table definitions derived from it.
 */
package dev.covet.orm.migrate.state;
