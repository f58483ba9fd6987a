package dev.covet.bench;

import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** How many joined rows {@link SelectRelated} reads. */
@State(Scope.Benchmark)
public class JoinRows {
    @Param({"10", "100", "1000"})
    public int rows;
}
