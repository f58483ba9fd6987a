package dev.covet.orm.sql.ddl;

import java.util.List;

/**
 * A named table constraint: CHECK ({@code check}), or UNIQUE over {@code columns}, held only by the rows
 * matching {@code condition} when it has one (then a partial unique index). Conditions are SQL already
 * compiled, with their values written in.
 */
public record ConstraintDef(String name, List<String> columns, String check, String condition) {
    public ConstraintDef {
        columns = List.copyOf(columns);
    }

    public boolean isCheck() {
        return check != null;
    }

    /** A unique constraint with a condition, made as a partial unique index. */
    public boolean isPartialUnique() {
        return check == null && condition != null;
    }
}
