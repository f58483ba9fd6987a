package dev.covet.orm.sql.mysql;

import dev.covet.orm.query.Value;
import dev.covet.orm.sql.Dialect;
import dev.covet.orm.sql.JsonSql;
import dev.covet.orm.sql.Sql;

import java.util.List;

/**
 * MySQL's and MariaDB's JSON functions ({@code JSON_EXTRACT}, {@code JSON_CONTAINS}), a key's value unquoted. Immutable and thread-safe.
 */
final class MySqlJson extends JsonSql {
    MySqlJson(Dialect dialect) {
        super(dialect);
    }

    @Override
    public Sql jsonKey(Sql source, List<Object> path) {
        // JSON_EXTRACT keeps the quotes of a string; unquoted, MariaDB compares numbers numerically
        return source.wrap("JSON_UNQUOTE(JSON_EXTRACT(", ", ?))").append(Sql.of("", Value.of(jsonPath(path))));
    }

    @Override
    public Sql jsonKeyJson(Sql source, List<Object> path) {
        return source.wrap("JSON_EXTRACT(", ", ?)").append(Sql.of("", Value.of(jsonPath(path))));
    }

    @Override
    public Sql jsonContains(Sql source, List<Object> path, Sql json, boolean containedBy) {
        // JSON_CONTAINS(target, candidate): the same containment as jsonb's @> (arrays hold a scalar too)
        Sql value = path.isEmpty() ? source : jsonKeyJson(source, path);
        return (containedBy ? json.append(", ").append(value) : value.append(", ").append(json)).wrap("JSON_CONTAINS(", ")");
    }

    @Override
    public Sql jsonHasKey(Sql source, String key) {
        return source.wrap("JSON_CONTAINS_PATH(", ", 'one', ?)").append(Sql.of("", Value.of(jsonPath(List.of(key)))));
    }
}
