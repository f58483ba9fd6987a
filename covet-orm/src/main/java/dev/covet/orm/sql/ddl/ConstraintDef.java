package dev.covet.orm.sql.ddl;

import java.util.List;

/**
 * A named table constraint: CHECK ({@code check}), or UNIQUE over {@code columns}, held only by the rows
 * matching {@code condition} when it has one (then a partial unique index). Conditions are SQL already
 * compiled, with their values written in.
 *
 * @param name      the constraint's name
 * @param columns   a unique constraint's columns; empty for a CHECK
 * @param check     a CHECK's condition, else null
 * @param condition a unique constraint's condition, or null for one that holds on every row
 */
public record ConstraintDef(String name, List<String> columns, String check, String condition) {
    /**
     * Copies the columns, so that the definition stays immutable.
     *
     * @param name      the constraint's name
     * @param columns   a unique constraint's columns; empty for a CHECK
     * @param check     a CHECK's condition, else null
     * @param condition a unique constraint's condition, or null
     */
    public ConstraintDef {
        columns = List.copyOf(columns);
    }

    /**
     * Is this a CHECK constraint?
     *
     * @return true for a CHECK, false for a unique constraint
     */
    public boolean isCheck() {
        return check != null;
    }

    /**
     * A unique constraint with a condition, made as a partial unique index.
     *
     * @return true for a unique constraint with a condition
     */
    public boolean isPartialUnique() {
        return check == null && condition != null;
    }
}
