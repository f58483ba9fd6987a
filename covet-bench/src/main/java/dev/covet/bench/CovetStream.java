package dev.covet.bench;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** {@link CovetState}'s streaming read over the million-row table of {@link StreamState}. */
@State(Scope.Benchmark)
public class CovetStream extends StreamState<CovetState> {
    @Override
    CovetState newImplementation() {
        return new CovetState();
    }
}
