package dev.covet.orm.sql.ddl;

import java.util.List;

/** A named unique constraint over several columns (a model's {@code uniqueTogether}). */
public record UniqueDef(String name, List<String> columns) {
    public UniqueDef {
        columns = List.copyOf(columns);
    }
}
