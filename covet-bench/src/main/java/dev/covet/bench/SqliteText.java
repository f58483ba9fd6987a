package dev.covet.bench;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Instants as SQLite holds Covet's DateTimeField: fixed-width UTC text to the microsecond
 * ({@code 2024-05-01 09:30:00.000000}), so that JDBC, Hibernate and jOOQ read and write Covet's rows.
 * Parsed and written by hand, as a program that knows its fixed format would (a {@code DateTimeFormatter}
 * costs more than the rest of a row's read).
 */
final class SqliteText {
    private SqliteText() {
    }

    static String format(Instant instant) {
        LocalDateTime t = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        char[] c = new char[26];
        digits(c, 0, t.getYear(), 4);
        c[4] = '-';
        digits(c, 5, t.getMonthValue(), 2);
        c[7] = '-';
        digits(c, 8, t.getDayOfMonth(), 2);
        c[10] = ' ';
        digits(c, 11, t.getHour(), 2);
        c[13] = ':';
        digits(c, 14, t.getMinute(), 2);
        c[16] = ':';
        digits(c, 17, t.getSecond(), 2);
        c[19] = '.';
        digits(c, 20, t.getNano() / 1000, 6);
        return new String(c);
    }

    static Instant parse(String s) {
        if (s.length() != 26) {
            throw new IllegalArgumentException("Not a fixed-width timestamp: " + s);
        }
        return LocalDateTime.of(number(s, 0, 4), number(s, 5, 2), number(s, 8, 2), number(s, 11, 2), number(s, 14, 2),
                number(s, 17, 2), number(s, 20, 6) * 1000).toInstant(ZoneOffset.UTC);
    }

    private static void digits(char[] c, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    private static int number(String s, int at, int width) {
        int v = 0;
        for (int i = at; i < at + width; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }
}
