package dev.covet.orm.sql.sqlite;

import org.sqlite.Function;
import org.sqlite.SQLiteConnection;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Functions SQLite lacks or does differently, registered on every connection:
 * {@code regexp} (so {@code x REGEXP p} works; it stops at the statement's deadline, see {@link SqliteDeadline}) and Unicode-aware {@code lower} / {@code upper}
 * (SQLite's own fold ASCII only, so {@code iexact} would differ from the other databases).
 */
final class SqliteFunctions {
    /** The message of the error raised when a pattern recurses deeper than the stack allows on a value. */
    static final String TOO_DEEP = "Regular expression too complex for the value: it recursed past the stack";
    private static final int MAX_CACHED_PATTERNS = 256;
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private SqliteFunctions() {
    }

    static void register(Connection connection) throws SQLException {
        SQLiteConnection c = connection.unwrap(SQLiteConnection.class);
        Function.create(c, "regexp", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                String pattern = value_text(0);
                String value = value_text(1);
                if (pattern == null || value == null) {
                    result();
                    return;
                }
                try {
                    result(pattern(pattern).matcher(SqliteDeadline.bounded(value, SqliteDeadline.current())).find() ? 1 : 0);
                } catch (SqliteDeadline.Passed e) {
                    throw new SQLException(SqliteDeadline.MESSAGE);
                } catch (StackOverflowError e) {
                    // Java's regex engine recurses per repetition of a group: (a|aa)+ over a long value exhausts the stack
                    throw new SQLException(TOO_DEEP + " (" + value.length() + " characters)", "2201B");
                }
            }
        }, 2, Function.FLAG_DETERMINISTIC);
        Function.create(c, "covet_right", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                String v = value_text(0);
                if (v == null || value_type(1) == 5) {   // 5: SQLITE_NULL
                    result();
                    return;
                }
                long n = Math.max(0, value_long(1));
                int count = v.codePointCount(0, v.length());
                result(n >= count ? v : v.substring(v.offsetByCodePoints(0, (int) (count - n))));
            }
        }, 2, Function.FLAG_DETERMINISTIC);
        Function.create(c, "lower", caseFunction(true), 1, Function.FLAG_DETERMINISTIC);
        Function.create(c, "upper", caseFunction(false), 1, Function.FLAG_DETERMINISTIC);
    }

    private static Function caseFunction(boolean lower) {
        return new Function() {
            @Override
            protected void xFunc() throws SQLException {
                String v = value_text(0);
                if (v == null) {
                    result();
                } else {
                    result(simpleCase(v, lower));
                }
            }
        };
    }

    /**
     * Lower or upper case letter by letter (Unicode's simple mapping), as PostgreSQL's and MariaDB's
     * {@code LOWER} / {@code UPPER} do: {@code String.toUpperCase} would turn {@code ß} into {@code SS} and
     * {@code toLowerCase} a word-final {@code Σ} into {@code ς}, and the three databases would disagree.
     */
    static String simpleCase(String v, boolean lower) {
        StringBuilder out = null;
        for (int i = 0; i < v.length(); ) {
            int cp = v.codePointAt(i);
            int up = lower ? Character.toLowerCase(cp) : Character.toUpperCase(cp);
            if (up != cp && out == null) {
                out = new StringBuilder(v.length()).append(v, 0, i);
            }
            if (out != null) {
                out.appendCodePoint(up);
            }
            i += Character.charCount(cp);
        }
        return out == null ? v : out.toString();
    }

    private static Pattern pattern(String regex) throws SQLException {
        Pattern p = PATTERNS.get(regex);
        if (p != null) {
            return p;
        }
        try {
            p = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new SQLException("Invalid regular expression: " + e.getDescription(), "2201B");
        }
        if (PATTERNS.size() >= MAX_CACHED_PATTERNS) {
            PATTERNS.clear();
        }
        PATTERNS.put(regex, p);
        return p;
    }
}
