package dev.covet.bench;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;
import dev.covet.orm.meta.Meta;
import dev.covet.orm.relation.RelatedManager;

/** An author; {@link #books} is the reverse key the prefetch benchmark loads. */
@Meta(table = "bench_author")
public class BenchAuthor extends Model {
    public static final Manager<BenchAuthor> objects = Manager.of(BenchAuthor.class);

    @CharField(maxLength = 100) public String name;

    /** Filled by Covet: the reverse side of {@link BenchBook#author}. */
    public RelatedManager<BenchBook> books;
}
