package dev.covet.orm.query;

/** The form of a query plan from {@code explain(format, analyze)}. */
public enum ExplainFormat {
    /** The database's own text. */
    TEXT,
    /** A JSON document (PostgreSQL, MariaDB). */
    JSON
}
