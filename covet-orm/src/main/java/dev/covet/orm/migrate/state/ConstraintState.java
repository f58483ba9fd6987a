package dev.covet.orm.migrate.state;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * A named constraint of a model: CHECK over {@code check}, or UNIQUE over {@code fields} (Java names),
 * only for the rows matching {@code condition} when it has one. Conditions are kept in their JSON form
 * (see {@link Conditions}), so that states compare by value.
 *
 * @param name      the constraint's name
 * @param fields    a unique constraint's fields; empty for a CHECK
 * @param check     a CHECK's condition, else null
 * @param condition a unique constraint's condition, or null for one that holds on every row
 */
public record ConstraintState(String name, List<String> fields, JsonNode check, JsonNode condition) {
    /**
     * Copies the fields, so that the state stays immutable.
     *
     * @param name      the constraint's name
     * @param fields    a unique constraint's fields; empty for a CHECK
     * @param check     a CHECK's condition, else null
     * @param condition a unique constraint's condition, or null
     */
    public ConstraintState {
        fields = List.copyOf(fields);
    }

    /**
     * Is this a CHECK constraint?
     *
     * @return true for a CHECK, false for a unique constraint
     */
    public boolean isCheck() {
        return check != null;
    }

    /** The same constraint with field {@code from} called {@code to}. */
    ConstraintState renameField(String from, String to) {
        return new ConstraintState(name, fields.stream().map(n -> n.equals(from) ? to : n).toList(),
                check == null ? null : Conditions.renameField(check, from, to),
                condition == null ? null : Conditions.renameField(condition, from, to));
    }

    /** Does it name field {@code field} (in its fields or its condition)? */
    boolean mentions(String field) {
        return fields.contains(field) || (check != null && Conditions.mentions(check, field))
                || (condition != null && Conditions.mentions(condition, field));
    }
}
