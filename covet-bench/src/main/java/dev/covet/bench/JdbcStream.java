package dev.covet.bench;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** {@link JdbcState}'s streaming read over the million-row table of {@link StreamState}. */
@State(Scope.Benchmark)
public class JdbcStream extends StreamState<JdbcState> {
    @Override
    JdbcState newImplementation() {
        return new JdbcState();
    }
}
