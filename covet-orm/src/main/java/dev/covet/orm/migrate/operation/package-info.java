/**
 * The operations a migration is made of ({@code CreateModel}, {@code AddField}, {@code RunSql},
 * {@code RunJava}...), how each changes the project state and the schema, and their JSON form in migration files.
 */
package dev.covet.orm.migrate.operation;
