package dev.covet.bench;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** {@link JooqState}'s streaming read over the million-row table of {@link StreamState}. */
@State(Scope.Benchmark)
public class JooqStream extends StreamState<JooqState> {
    @Override
    JooqState newImplementation() {
        return new JooqState();
    }
}
