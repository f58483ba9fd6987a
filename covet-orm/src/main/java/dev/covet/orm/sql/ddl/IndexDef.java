package dev.covet.orm.sql.ddl;

import java.util.List;

/** An index: its columns in order, each ascending or descending. */
public record IndexDef(String name, List<String> columns, List<Boolean> descending, boolean unique) {
    public IndexDef {
        columns = List.copyOf(columns);
        descending = List.copyOf(descending);
    }
}
