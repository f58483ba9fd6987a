package dev.covet.orm;

import dev.covet.orm.exception.FieldError;
import java.util.List;

/**
 * What {@code bulkCreate} does with a row that would break a unique constraint: skip it, or update
 * the existing row (an upsert). Rows written this way do not get their generated keys set, since the
 * databases do not say which rows were inserted. Immutable and thread-safe.
 *
 * <pre>{@code
 * Tag.objects.bulkCreate(tags, OnConflict.ignore());
 * User.objects.bulkCreate(users, OnConflict.update(List.of("username"), List.of("email", "firstName")));
 * }</pre>
 *
 * @param uniqueFields the fields whose unique constraint decides a conflict (PostgreSQL and SQLite need them)
 * @param updateFields the fields an existing row takes from the new one; empty to skip the row
 */
public record OnConflict(List<String> uniqueFields, List<String> updateFields) {
    /** Copies both lists, so that the policy cannot change. */
    public OnConflict {
        uniqueFields = List.copyOf(uniqueFields);
        updateFields = List.copyOf(updateFields);
    }

    /**
     * Skip a row that conflicts ({@code ON CONFLICT DO NOTHING}).
     *
     * @return the policy that skips conflicting rows
     */
    public static OnConflict ignore() {
        return new OnConflict(List.of(), List.of());
    }

    /**
     * Update {@code updateFields} of the existing row that conflicts on {@code uniqueFields}.
     *
     * @param uniqueFields the fields whose unique constraint decides a conflict
     * @param updateFields the fields the existing row takes from the new one
     * @return the policy that updates conflicting rows
     */
    public static OnConflict update(List<String> uniqueFields, List<String> updateFields) {
        if (updateFields.isEmpty()) {
            throw new FieldError("OnConflict.update needs the fields to update; use OnConflict.ignore() to skip conflicting rows");
        }
        return new OnConflict(uniqueFields, updateFields);
    }

    /**
     * Does a conflicting row update the existing one (rather than being skipped)?
     *
     * @return true when {@code updateFields} is not empty
     */
    public boolean updates() {
        return !updateFields.isEmpty();
    }
}
