package dev.covet.orm.sql.ddl;

import java.util.List;

/**
 * A named unique constraint over several columns (a model's {@code uniqueTogether}).
 *
 * @param name    the constraint's name
 * @param columns its columns, in order
 */
public record UniqueDef(String name, List<String> columns) {
    /**
     * Copies the columns, so that the definition stays immutable.
     *
     * @param name    the constraint's name
     * @param columns its columns, in order
     */
    public UniqueDef {
        columns = List.copyOf(columns);
    }
}
