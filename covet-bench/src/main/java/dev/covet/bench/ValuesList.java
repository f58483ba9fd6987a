package dev.covet.bench;

import org.openjdk.jmh.annotations.Benchmark;

import java.util.List;

/** {@code (id, name, score)} of the 1,000 rows with {@code score < 100} as tuples, without objects (Covet {@code valuesList}). */
public class ValuesList extends BenchmarkDefaults {
    @Benchmark
    public List<?> covet(CovetState s) {
        return s.valuesBelow();
    }

    @Benchmark
    public List<?> jdbc(JdbcState s) throws Exception {
        return s.valuesBelow();
    }

    @Benchmark
    public List<?> hibernate(HibernateState s) {
        return s.valuesBelow();
    }

    @Benchmark
    public List<?> jooq(JooqState s) {
        return s.valuesBelow();
    }
}
