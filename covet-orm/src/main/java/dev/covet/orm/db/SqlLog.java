package dev.covet.orm.db;

import dev.covet.orm.query.Value;
import dev.covet.orm.sql.Sql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.util.List;

/**
 * The {@code dev.covet.orm.sql} logger: at DEBUG, every statement Covet runs with its parameters
 * (values of fields marked {@code sensitive} shown as {@code ***}), its time and its outcome, and
 * every BEGIN, COMMIT, ROLLBACK and savepoint. Long SQL is shortened wherever it is logged.
 */
final class SqlLog {
    static final Logger LOG = LoggerFactory.getLogger("dev.covet.orm.sql");
    /** SQL longer than this is cut in log lines (a 50,000-row delete is one 100,000-character statement). */
    static final int MAX_SQL = 1000;
    /** A text parameter longer than this is cut in log lines. */
    private static final int MAX_VALUE = 100;

    private SqlLog() {
    }

    static void statement(String alias, long nanos, Sql sql, SQLException error) {
        if (error == null) {
            LOG.debug("[{}] ({} µs) {}{}", alias, nanos / 1000, shorten(sql.text()), params(sql.params()));
        } else {
            LOG.debug("[{}] ({} µs) {}{} failed: {}", alias, nanos / 1000, shorten(sql.text()), params(sql.params()), error.getMessage());
        }
    }

    /** A transaction step: BEGIN, COMMIT, ROLLBACK, SAVEPOINT, ... */
    static void transaction(String alias, String step) {
        LOG.debug("[{}] {}", alias, step);
    }

    static String shorten(String sql) {
        if (sql.length() <= MAX_SQL) {
            return sql;
        }
        return sql.substring(0, MAX_SQL) + "... (" + sql.length() + " characters)";
    }

    private static String params(List<Value> params) {
        if (params.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(" -- params [");
        int shown = Math.min(params.size(), 50);
        for (int i = 0; i < shown; i++) {
            Value v = params.get(i);
            out.append(i == 0 ? "" : ", ");
            if (v.sensitive()) {
                out.append("***");
            } else if (v.value() instanceof String text) {
                out.append('\'').append(text.length() > MAX_VALUE ? text.substring(0, MAX_VALUE) + "..." : text).append('\'');
            } else if (v.value() instanceof byte[] bytes) {
                out.append("<").append(bytes.length).append(" bytes>");
            } else {
                out.append(v.value());
            }
        }
        if (shown < params.size()) {
            out.append(", ... (").append(params.size()).append(" parameters)");
        }
        return out.append(']').toString();
    }
}
