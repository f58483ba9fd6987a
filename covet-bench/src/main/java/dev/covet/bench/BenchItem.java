package dev.covet.bench;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.BooleanField;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.DateTimeField;
import dev.covet.orm.field.DecimalField;
import dev.covet.orm.field.IntegerField;
import dev.covet.orm.meta.Meta;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The Covet model of the benchmark table; Covet creates the table, and the JDBC and Hibernate
 * benchmarks use the same one ({@link ItemRow}, {@link ItemEntity}). Instances are not thread-safe.
 */
@Meta(table = "bench_item")
public class BenchItem extends Model {
    public static final Manager<BenchItem> objects = Manager.of(BenchItem.class);

    @CharField(maxLength = 100) public String name;
    @IntegerField public int score;
    @DecimalField(maxDigits = 10, decimalPlaces = 2) public BigDecimal amount;
    @BooleanField public boolean active;
    @DateTimeField public Instant createdAt;

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
