package dev.covet.bench;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Instants as SQLite holds Covet's DateTimeField: fixed-width UTC text to the microsecond
 * ({@code 2024-05-01 09:30:00.000000}), so that JDBC and Hibernate read and write Covet's rows.
 */
final class SqliteText {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

    private SqliteText() {
    }

    static String format(Instant instant) {
        return FORMAT.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    static Instant parse(String text) {
        return LocalDateTime.parse(text, FORMAT).toInstant(ZoneOffset.UTC);
    }
}
