package dev.covet.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** A row of {@code bench_item} as hand-written JDBC code reads it: a plain object, filled by column index. Not thread-safe. */
public final class ItemRow {
    public Long id;
    public String name;
    public int score;
    public BigDecimal amount;
    public boolean active;
    public Instant createdAt;

    /** Same values, ignoring the key and the scale of the amount (SQLite keeps decimals as REAL). */
    boolean sameValues(ItemRow o) {
        return Objects.equals(name, o.name) && score == o.score && active == o.active
                && amount != null && o.amount != null && amount.compareTo(o.amount) == 0
                && Objects.equals(createdAt, o.createdAt);
    }

    @Override
    public String toString() {
        return "ItemRow[id=" + id + ", name=" + name + ", score=" + score + ", amount=" + amount
                + ", active=" + active + ", createdAt=" + createdAt + "]";
    }
}
