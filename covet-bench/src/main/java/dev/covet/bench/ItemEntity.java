package dev.covet.bench;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/** The Hibernate entity over Covet's {@code bench_item} table; the key is the table's auto-increment column. Not thread-safe. */
@Entity
@Table(name = "bench_item")
public class ItemEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "name", length = 100, nullable = false)
    public String name;

    @Column(name = "score", nullable = false)
    public int score;

    @Column(name = "amount", precision = 10, scale = 2, nullable = false)
    public BigDecimal amount;

    @Column(name = "active", nullable = false)
    public boolean active;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    ItemRow toRow() {
        ItemRow r = new ItemRow();
        r.id = id;
        r.name = name;
        r.score = score;
        r.amount = amount;
        r.active = active;
        r.createdAt = createdAt;
        return r;
    }
}
