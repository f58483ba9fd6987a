package dev.covet.orm.sql;

import dev.covet.orm.query.Value;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * SQL text with its parameters, in order. Every compiler step returns one; parents join them.
 * Values are never part of the text. Immutable.
 */
public record Sql(String text, List<Value> params) {
    public Sql {
        params = List.copyOf(params);
    }

    public static Sql of(String text) {
        return new Sql(text, List.of());
    }

    public static Sql of(String text, Value param) {
        return new Sql(text, List.of(param));
    }

    /** The parts joined by {@code separator}, parameters in the same order. */
    public static Sql join(String separator, Collection<Sql> parts) {
        List<Value> params = new ArrayList<>();
        for (Sql p : parts) {
            params.addAll(p.params);
        }
        return new Sql(parts.stream().map(Sql::text).collect(Collectors.joining(separator)), params);
    }

    /** {@code before + this + after}. */
    public Sql wrap(String before, String after) {
        return new Sql(before + text + after, params);
    }

    /** This followed by {@code other}. */
    public Sql append(Sql other) {
        if (other.params.isEmpty()) {
            return new Sql(text + other.text, params);
        }
        List<Value> all = new ArrayList<>(params);
        all.addAll(other.params);
        return new Sql(text + other.text, all);
    }

    public Sql append(String more) {
        return new Sql(text + more, params);
    }

    /** The parameter values only, as a readable list. */
    public List<Object> paramValues() {
        List<Object> out = new ArrayList<>(params.size());
        for (Value v : params) {
            out.add(v.value());
        }
        return out;
    }

    @Override
    public String toString() {
        return params.isEmpty() ? text : text + " -- params " + paramValues();
    }
}
