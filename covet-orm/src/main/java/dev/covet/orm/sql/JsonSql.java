package dev.covet.orm.sql;

import dev.covet.orm.exception.NotSupportedError;
import dev.covet.orm.query.Value;

import java.util.List;

/**
 * How one database reads JSON values: a value or its text at a key path, key presence, and containment.
 * Key paths hold checked names and numbers and travel as parameters. The defaults are SQLite's JSON1
 * functions. A dialect hands out its own ({@link Dialect#json()}). Implementations are immutable and thread-safe.
 */
public abstract class JsonSql {
    /** The dialect whose quoting, name and features the SQL uses. */
    protected final Dialect dialect;

    /**
     * The JSON reading of {@code dialect}'s database.
     *
     * @param dialect the dialect whose quoting, name and features the SQL uses
     */
    protected JsonSql(Dialect dialect) {
        this.dialect = dialect;
    }

    /**
     * The value at a JSON key path of {@code source}: keys are checked names, indexes numbers; the
     * path travels as a parameter. SQLite's {@code json_extract} returns numbers and text as SQL values.
     *
     * @param source the JSON value's SQL
     * @param path the keys (strings) and array indexes (integers), outermost first
     * @return the SQL for the value, with the path as a parameter
     */
    public Sql jsonKey(Sql source, List<Object> path) {
        return source.wrap("json_extract(", ", ?)").append(Sql.of("", Value.of(jsonPath(path))));
    }

    /**
     * The text at a JSON key path of {@code source} (Django's {@code KeyTextTransform}): a string without its
     * quotes, other values as their JSON text. SQLite's {@code json_extract} already gives that.
     *
     * @param source the JSON value's SQL
     * @param path the keys (strings) and array indexes (integers), outermost first
     * @return the SQL for the text
     */
    public Sql jsonKeyText(Sql source, List<Object> path) {
        return jsonKey(source, path);
    }

    /**
     * {@code source} (a JSON object) has {@code key}.
     *
     * @param source the JSON object's SQL
     * @param key the key's name
     * @return a condition, true when the key is present
     */
    public Sql jsonHasKey(Sql source, String key) {
        return source.wrap("json_type(", ", ?) IS NOT NULL").append(Sql.of("", Value.of(jsonPath(List.of(key)))));
    }

    /**
     * The JSON text at a key path of {@code source} (SQL NULL where the key is missing), for reading the value.
     *
     * @param source the JSON value's SQL
     * @param path the keys (strings) and array indexes (integers), outermost first
     * @return the SQL for the JSON text
     */
    public Sql jsonKeyJson(Sql source, List<Object> path) {
        return source.wrap("(", " -> ?)").append(Sql.of("", Value.of(jsonPath(path))));
    }

    /**
     * The JSON at {@code path} of {@code source} contains {@code json} (or, {@code containedBy}, is contained
     * by it). SQLite has no containment test for JSON.
     *
     * @param source the JSON value's SQL
     * @param path the keys and indexes to the value tested; empty for the whole value
     * @param json the JSON to look for, as SQL
     * @param containedBy whether to test the reverse (the value is contained by {@code json})
     * @return the condition
     * @throws dev.covet.orm.exception.NotSupportedError where the database cannot test containment (default)
     */
    public Sql jsonContains(Sql source, List<Object> path, Sql json, boolean containedBy) {
        throw new NotSupportedError((containedBy ? "contained_by" : "contains") + " on a JSON field is not supported on "
                + dialect.name() + "; use has_key or key paths (metadata__tags__0) instead");
    }

    /** {@code $."key"[0]}: the keys were checked to be names or indexes, so none holds a quote. */
    protected static String jsonPath(List<Object> path) {
        StringBuilder out = new StringBuilder("$");
        for (Object step : path) {
            if (step instanceof Integer i) {
                out.append('[').append(i).append(']');
            } else {
                out.append(".\"").append(step).append('"');
            }
        }
        return out.toString();
    }
}
