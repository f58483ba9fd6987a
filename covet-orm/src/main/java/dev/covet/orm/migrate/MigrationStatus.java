package dev.covet.orm.migrate;

import java.time.Instant;

/**
 * One migration as {@code showmigrations} lists it: applied (when) or not.
 *
 * @param app       the app label
 * @param name      the migration's name
 * @param applied   whether it is applied completely
 * @param appliedAt when it was recorded, or null when it never was
 */
public record MigrationStatus(String app, String name, boolean applied, Instant appliedAt) {
}
