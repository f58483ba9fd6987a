package dev.covet.test;

import dev.covet.orm.db.Database;

/**
 * The database a {@link CovetTest} run is on; declare a test or lifecycle method parameter of this
 * type to get it.
 *
 * @param name     the configured name, as in the display name: {@code sqlite}, {@code postgresql}, ...
 * @param url      the throwaway database's URL
 * @param database Covet's {@code default} database, set up on it
 */
public record TestDatabase(String name, String url, Database database) {
}
