package dev.covet.orm.migrate.operation;

import dev.covet.orm.migrate.state.ProjectState;
import dev.covet.orm.sql.Sql;

import java.util.List;
import java.util.Map;

/**
 * Statements written by hand, forwards and backwards, with per-database variants where the SQL
 * differs ({@code perDatabase}: dialect name to {@code [forward, backward]}). Without backward
 * statements the step is irreversible; an empty backward list means "nothing to undo".
 *
 * @param sql         the forward statements
 * @param reverseSql  the backward statements, or null when the step cannot be undone
 * @param perDatabase variants by dialect name, used in place of this one on that database; empty for none
 */
public record RunSql(List<String> sql, List<String> reverseSql, Map<String, RunSql> perDatabase) implements Operation {
    /**
     * Copies the lists and the map, so that the operation stays immutable.
     *
     * @param sql         the forward statements
     * @param reverseSql  the backward statements, or null when the step cannot be undone
     * @param perDatabase variants by dialect name
     */
    public RunSql {
        sql = List.copyOf(sql);
        reverseSql = reverseSql == null ? null : List.copyOf(reverseSql);
        perDatabase = Map.copyOf(perDatabase);
    }

    @Override
    public String describe() {
        return "Raw SQL operation";
    }

    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        return state;
    }

    private RunSql forDialect(SchemaContext c) {
        return perDatabase.getOrDefault(c.dialect().name(), this);
    }

    @Override
    public void databaseForwards(SchemaContext c) {
        forDialect(c).sql.forEach(s -> c.editor().raw(Sql.of(s)));
    }

    @Override
    public void databaseBackwards(SchemaContext c) {
        List<String> back = forDialect(c).reverseSql;
        if (back == null) {
            throw new IllegalStateException("This RunSQL has no reverse statements");
        }
        back.forEach(s -> c.editor().raw(Sql.of(s)));
    }

    @Override
    public boolean reversible() {
        return reverseSql != null && perDatabase.values().stream().allMatch(r -> r.reverseSql != null);
    }
}
