package dev.covet.bench;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** {@link HibernateState}'s streaming read over the million-row table of {@link StreamState}. */
@State(Scope.Benchmark)
public class HibernateStream extends StreamState<HibernateState> {
    @Override
    HibernateState newImplementation() {
        return new HibernateState();
    }
}
