package dev.covet.orm.query;

import java.util.List;

/**
 * {@code metadata__contains} / {@code metadata__contained_by}: the JSON at {@code path} of {@code source}
 * (the whole value for an empty path) contains, or is contained by, {@code json} (JSON text, sent as a
 * parameter). A condition, rendered by the dialect; SQLite has no such test.
 *
 * @param source      the JSON field
 * @param path        the keys and indexes to the value tested; empty for the whole value
 * @param json        the JSON text compared with, as a parameter
 * @param containedBy {@code contained_by} rather than {@code contains}?
 */
public record JsonContains(Expression source, List<Object> path, Value json, boolean containedBy) implements Expression {
    /** Copies the path. */
    public JsonContains {
        path = List.copyOf(path);
    }

    @Override
    public Expression resolve(Resolver query) {
        Expression s = source.resolve(query);
        return s == source ? this : new JsonContains(s, path, json, containedBy);
    }

    @Override
    public OutputType outputType() {
        return OutputType.BOOLEAN;
    }
}
