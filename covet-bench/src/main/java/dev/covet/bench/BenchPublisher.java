package dev.covet.bench;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;
import dev.covet.orm.meta.Meta;

/** A publisher: the third table of the join benchmarks ({@link BenchBook}). */
@Meta(table = "bench_publisher")
public class BenchPublisher extends Model {
    public static final Manager<BenchPublisher> objects = Manager.of(BenchPublisher.class);

    @CharField(maxLength = 100) public String name;
}
