package dev.covet.orm.sql;

import dev.covet.orm.exception.NotSupportedError;
import dev.covet.orm.query.Transform;

/**
 * How one database computes with dates and times: a part of a date ({@code EXTRACT}), a date or
 * datetime truncated to a unit ({@code Trunc}), and the current time in UTC as it stores a datetime.
 * A dialect hands out its own ({@link Dialect#dates()}). Implementations are immutable and thread-safe.
 */
public abstract class DateSql {
    /** The dialect whose quoting, name and features the SQL uses. */
    protected final Dialect dialect;

    /**
     * The date and time SQL of {@code dialect}'s database.
     *
     * @param dialect the dialect whose quoting, name and features the SQL uses
     */
    protected DateSql(Dialect dialect) {
        this.dialect = dialect;
    }

    /**
     * A date or time part of {@code sql} as an integer (or a date, for {@link Transform.Kind#DATE}).
     *
     * @param kind the part to extract (year, month, week day, hour, ...)
     * @param sql the SQL of the date or datetime
     * @return the SQL of the part
     */
    public abstract String extract(Transform.Kind kind, String sql);

    /**
     * {@code source} (a datetime, or a date when {@code date}) truncated to {@code kind} in UTC: a datetime
     * stays a datetime and a date a date; {@code DATE} gives a date and {@code TIME} a time of day.
     *
     * @param kind the unit to truncate to
     * @param date whether {@code source} is a date rather than a datetime
     * @param source the SQL of the value
     * @return the SQL of the truncated value
     * @throws dev.covet.orm.exception.NotSupportedError where the database cannot truncate (default)
     */
    public Sql truncate(dev.covet.orm.query.functions.Trunc.Kind kind, boolean date, Sql source) {
        throw new NotSupportedError("Trunc is not supported on " + dialect.name());
    }

    /**
     * The current date and time in UTC, as this database stores a datetime.
     *
     * @return the SQL expression for now, {@code CURRENT_TIMESTAMP} by default
     */
    public String now() {
        return "CURRENT_TIMESTAMP";
    }
}
