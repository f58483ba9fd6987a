package dev.covet.orm.sql.postgres;

import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.query.Value;
import dev.covet.orm.sql.Dialect;
import dev.covet.orm.sql.JsonSql;
import dev.covet.orm.sql.Sql;

import java.util.List;

/**
 * PostgreSQL's JSONB operators ({@code ->}, {@code ->>}, {@code @>}), with typed parameters for keys and indexes. Immutable and thread-safe.
 */
final class PostgresJson extends JsonSql {
    PostgresJson(Dialect dialect) {
        super(dialect);
    }

    @Override
    public Sql jsonKey(Sql source, List<Object> path) {
        // "->" takes text for an object key and an integer for an array index; untyped, the parameter is ambiguous
        Sql out = source.wrap("(", "");
        for (Object step : path) {
            out = out.append(Sql.of(" -> " + dialect.typedParameter(step instanceof Integer ? Storage.INT : Storage.STRING), Value.of(step)));
        }
        return out.append(")");
    }

    @Override
    public Sql jsonKeyJson(Sql source, List<Object> path) {
        return jsonKey(source, path);
    }

    @Override
    public Sql jsonKeyText(Sql source, List<Object> path) {
        // as jsonKey, with "->>" for the last step: the value as text, a string without its quotes
        Sql out = source.wrap("(", "");
        for (int i = 0; i < path.size(); i++) {
            Object step = path.get(i);
            out = out.append(Sql.of((i == path.size() - 1 ? " ->> " : " -> ")
                    + dialect.typedParameter(step instanceof Integer ? Storage.INT : Storage.STRING), Value.of(step)));
        }
        return out.append(")");
    }

    @Override
    public Sql jsonContains(Sql source, List<Object> path, Sql json, boolean containedBy) {
        Sql value = path.isEmpty() ? source : jsonKey(source, path);
        return value.append(containedBy ? " <@ " : " @> ").append(json.wrap("CAST(", " AS JSONB)"));
    }

    @Override
    public Sql jsonHasKey(Sql source, String key) {
        // the "?" operator would read as a JDBC placeholder; jsonb_exists is the same test
        return source.wrap("jsonb_exists(", ", ?)").append(Sql.of("", Value.of(key)));
    }
}
