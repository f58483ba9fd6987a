package dev.covet.bench;

import org.openjdk.jmh.annotations.Benchmark;

import java.util.List;

/** The first 10, 100 or 1,000 books with their author and publisher: one query over three tables, every row hydrated into three objects. */
public class SelectRelated extends BenchmarkDefaults {
    @Benchmark
    public List<BenchBook> covet(CovetRelations s, JoinRows r) {
        return s.joined(r.rows);
    }

    @Benchmark
    public List<BookRow> jdbc(JdbcRelations s, JoinRows r) throws Exception {
        return s.joined(r.rows);
    }

    @Benchmark
    public List<RelationEntities.BookEntity> hibernate(HibernateRelations s, JoinRows r) {
        return s.joined(r.rows);
    }

    @Benchmark
    public List<BookRow> jooq(JooqRelations s, JoinRows r) {
        return s.joined(r.rows);
    }
}
