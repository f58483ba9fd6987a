package dev.covet.orm.sql;

import dev.covet.orm.query.Lookup;

/**
 * Turns a lookup ({@code lhs <op> rhs}) into a condition, registered by lookup name in {@link Renderers},
 * for every database or for one dialect. Implementations must be stateless and thread-safe.
 */
@FunctionalInterface
public interface LookupRenderer {
    /**
     * The condition; {@code lookup.lhs()} and {@code lookup.rhs()} compile through {@code compiler}.
     *
     * @param lookup the lookup to render
     * @param compiler compiles its sides and gives the dialect
     * @return the condition's SQL with its parameters
     */
    Sql compile(Lookup lookup, Compiler compiler);
}
