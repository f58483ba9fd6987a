package dev.covet.orm.sql;

import dev.covet.orm.query.Value;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * SQL text with its parameters, in order. Every compiler step returns one; parents join them.
 * Values are never part of the text. Immutable.
 *
 * @param text   the SQL, with a {@code ?} for each parameter
 * @param params the parameters, in the order of their placeholders
 */
public record Sql(String text, List<Value> params) {
    /**
     * Copies the parameters, so that the SQL stays immutable.
     *
     * @param text   the SQL, with a {@code ?} for each parameter
     * @param params the parameters, in the order of their placeholders
     */
    public Sql {
        params = List.copyOf(params);
    }

    /**
     * SQL without parameters.
     *
     * @param text the SQL
     * @return the SQL
     */
    public static Sql of(String text) {
        return new Sql(text, List.of());
    }

    /**
     * SQL with one parameter.
     *
     * @param text the SQL, with one {@code ?}
     * @param param the parameter
     * @return the SQL
     */
    public static Sql of(String text, Value param) {
        return new Sql(text, List.of(param));
    }

    /**
     * The parts joined by {@code separator}, parameters in the same order.
     *
     * @param separator what goes between the parts ({@code ", "}, {@code " AND "})
     * @param parts the parts, in order
     * @return the joined SQL; empty text for no parts
     */
    public static Sql join(String separator, Collection<Sql> parts) {
        List<Value> params = new ArrayList<>();
        for (Sql p : parts) {
            params.addAll(p.params);
        }
        return new Sql(parts.stream().map(Sql::text).collect(Collectors.joining(separator)), params);
    }

    /**
     * {@code before + this + after}.
     *
     * @param before the text put in front
     * @param after the text put after
     * @return the wrapped SQL, with the same parameters
     */
    public Sql wrap(String before, String after) {
        return new Sql(before + text + after, params);
    }

    /**
     * This followed by {@code other}.
     *
     * @param other the SQL to add
     * @return the joined SQL, this one's parameters first
     */
    public Sql append(Sql other) {
        if (other.params.isEmpty()) {
            return new Sql(text + other.text, params);
        }
        List<Value> all = new ArrayList<>(params);
        all.addAll(other.params);
        return new Sql(text + other.text, all);
    }

    /**
     * This followed by the text {@code more}.
     *
     * @param more text without parameters
     * @return the joined SQL, with the same parameters
     */
    public Sql append(String more) {
        return new Sql(text + more, params);
    }

    /**
     * The parameter values only, as a readable list.
     *
     * @return the values, in order
     */
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
