package dev.covet.bench;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The values of the n-th row (n from 1), the same for every implementation: what is seeded, what
 * the write benchmarks insert, and what the setup checks read back. Scores are spread evenly over
 * 0..999, so {@code score >= 500} matches every other row in a scattered way.
 */
final class ItemValues {
    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

    private ItemValues() {
    }

    static String name(long n) {
        return "item-" + n;
    }

    static int score(long n) {
        return (int) (n * 7919 % 1000);
    }

    /** 0.00 to 999.99, two decimal places as the column declares. */
    static BigDecimal amount(long n) {
        return BigDecimal.valueOf(n % 100_000, 2);
    }

    static boolean active(long n) {
        return n % 3 != 0;
    }

    /** To the microsecond, the precision every database here keeps. */
    static Instant createdAt(long n) {
        return START.plusSeconds(n * 37).plusNanos(n % 1000 * 1000);
    }

    static ItemRow row(long n) {
        ItemRow r = new ItemRow();
        r.name = name(n);
        r.score = score(n);
        r.amount = amount(n);
        r.active = active(n);
        r.createdAt = createdAt(n);
        return r;
    }
}
