package dev.covet.orm.migrate;

import java.time.Instant;

/** One migration as {@code showmigrations} lists it: applied (when) or not. */
public record MigrationStatus(String app, String name, boolean applied, Instant appliedAt) {
}
