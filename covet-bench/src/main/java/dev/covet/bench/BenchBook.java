package dev.covet.bench;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.DecimalField;
import dev.covet.orm.field.ForeignKey;
import dev.covet.orm.field.IntegerField;
import dev.covet.orm.field.OnDelete;
import dev.covet.orm.meta.Meta;
import dev.covet.orm.relation.Ref;

import java.math.BigDecimal;

/** A book with keys to its author and publisher: the three tables the join benchmarks read ({@link Relations}). */
@Meta(table = "bench_book")
public class BenchBook extends Model {
    public static final Manager<BenchBook> objects = Manager.of(BenchBook.class);

    @CharField(maxLength = 100) public String title;
    @IntegerField public int pages;
    @DecimalField(maxDigits = 10, decimalPlaces = 2) public BigDecimal price;
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "books") public Ref<BenchAuthor> author;
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "books") public Ref<BenchPublisher> publisher;
}
