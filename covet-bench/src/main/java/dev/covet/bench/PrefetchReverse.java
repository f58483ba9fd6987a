package dev.covet.bench;

import org.openjdk.jmh.annotations.Benchmark;

import java.util.List;

/** 100 authors, each with its 10 books through the reverse key (1,000 books in all). */
public class PrefetchReverse extends BenchmarkDefaults {
    @Benchmark
    public List<BenchAuthor> covet(CovetRelations s) {
        return s.prefetched();
    }

    @Benchmark
    public List<JdbcRelations.AuthorRow> jdbc(JdbcRelations s) throws Exception {
        return s.prefetched();
    }

    @Benchmark
    public List<RelationEntities.AuthorEntity> hibernate(HibernateRelations s) {
        return s.prefetched();
    }

    @Benchmark
    public List<JdbcRelations.AuthorRow> jooq(JooqRelations s) {
        return s.prefetched();
    }
}
