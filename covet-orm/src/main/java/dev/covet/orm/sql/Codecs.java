package dev.covet.orm.sql;

import dev.covet.orm.exception.NotSupportedError;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** The value codecs the dialects share; each dialect picks its set. */
public final class Codecs {
    private Codecs() {
    }

    /** Strings, bound with {@code setString} (any value by its {@code toString()}). */
    public static final ValueCodec STRING = new ValueCodec() {
        public void bind(PreparedStatement ps, int i, Object v) throws SQLException {
            ps.setString(i, v.toString());
        }

        public Object read(ResultSet rs, int i) throws SQLException {
            return rs.getString(i);
        }

        public int sqlType() {
            return Types.VARCHAR;
        }
    };

    /** Integers, read back as {@link Integer} (null for SQL NULL). */
    public static final ValueCodec INT = new ValueCodec() {
        public void bind(PreparedStatement ps, int i, Object v) throws SQLException {
            ps.setInt(i, ((Number) v).intValue());
        }

        public Object read(ResultSet rs, int i) throws SQLException {
            int v = rs.getInt(i);
            return v == 0 && rs.wasNull() ? null : v;
        }

        public int sqlType() {
            return Types.INTEGER;
        }
    };

    /** Longs, read back as {@link Long} (null for SQL NULL). */
    public static final ValueCodec LONG = new ValueCodec() {
        public void bind(PreparedStatement ps, int i, Object v) throws SQLException {
            ps.setLong(i, ((Number) v).longValue());
        }

        public Object read(ResultSet rs, int i) throws SQLException {
            long v = rs.getLong(i);
            return v == 0 && rs.wasNull() ? null : v;
        }

        public int sqlType() {
            return Types.BIGINT;
        }
    };

    /** Shorts, read back as {@link Short} (null for SQL NULL). */
    public static final ValueCodec SHORT = new ValueCodec() {
        public void bind(PreparedStatement ps, int i, Object v) throws SQLException {
            ps.setShort(i, ((Number) v).shortValue());
        }

        public Object read(ResultSet rs, int i) throws SQLException {
            short v = rs.getShort(i);
            return v == 0 && rs.wasNull() ? null : v;
        }

        public int sqlType() {
            return Types.SMALLINT;
        }
    };

    /** Floats, read back as {@link Float} (null for SQL NULL). */
    public static final ValueCodec FLOAT = new ValueCodec() {
        public void bind(PreparedStatement ps, int i, Object v) throws SQLException {
            ps.setFloat(i, ((Number) v).floatValue());
        }

        public Object read(ResultSet rs, int i) throws SQLException {
            float v = rs.getFloat(i);
            return v == 0 && rs.wasNull() ? null : v;
        }

        public int sqlType() {
            return Types.REAL;
        }
    };

    /** Doubles, read back as {@link Double} (null for SQL NULL). */
    public static final ValueCodec DOUBLE = new ValueCodec() {
        public void bind(PreparedStatement ps, int i, Object v) throws SQLException {
            ps.setDouble(i, ((Number) v).doubleValue());
        }

        public Object read(ResultSet rs, int i) throws SQLException {
            double v = rs.getDouble(i);
            return v == 0 && rs.wasNull() ? null : v;
        }

        public int sqlType() {
            return Types.DOUBLE;
        }
    };

    /** Exact decimals in a NUMERIC column; doubles and other numbers are converted to {@link BigDecimal} to bind. */
    public static final ValueCodec DECIMAL = new ValueCodec() {
        public void bind(PreparedStatement ps, int i, Object v) throws SQLException {
            ps.setBigDecimal(i, decimal(v));
        }

        public Object read(ResultSet rs, int i) throws SQLException {
            return rs.getBigDecimal(i);
        }

        public int sqlType() {
            return Types.DECIMAL;
        }
    };

    /** Decimals in a REAL column (SQLite): exact to 15 significant digits, rounded back by the field. */
    public static final ValueCodec DECIMAL_AS_DOUBLE = new ValueCodec() {
        public void bind(PreparedStatement ps, int i, Object v) throws SQLException {
            ps.setDouble(i, decimal(v).doubleValue());
        }

        public Object read(ResultSet rs, int i) throws SQLException {
            double v = rs.getDouble(i);
            return v == 0 && rs.wasNull() ? null : BigDecimal.valueOf(v);
        }

        public int sqlType() {
            return Types.DOUBLE;
        }
    };

    /** Booleans in a BOOLEAN column, read back as {@link Boolean} (null for SQL NULL). */
    public static final ValueCodec BOOLEAN = new ValueCodec() {
        public void bind(PreparedStatement ps, int i, Object v) throws SQLException {
            ps.setBoolean(i, (Boolean) v);
        }

        public Object read(ResultSet rs, int i) throws SQLException {
            boolean v = rs.getBoolean(i);
            return !v && rs.wasNull() ? null : v;
        }

        public int sqlType() {
            return Types.BOOLEAN;
        }
    };

    /** Booleans as 0 and 1 (SQLite). */
    public static final ValueCodec BOOLEAN_AS_INT = new ValueCodec() {
        public void bind(PreparedStatement ps, int i, Object v) throws SQLException {
            ps.setInt(i, (Boolean) v ? 1 : 0);
        }

        public Object read(ResultSet rs, int i) throws SQLException {
            int v = rs.getInt(i);
            return v == 0 && rs.wasNull() ? null : v != 0;
        }

        public int sqlType() {
            return Types.INTEGER;
        }
    };

    /** Byte arrays in a binary column. */
    public static final ValueCodec BYTES = new ValueCodec() {
        public void bind(PreparedStatement ps, int i, Object v) throws SQLException {
            ps.setBytes(i, (byte[]) v);
        }

        public Object read(ResultSet rs, int i) throws SQLException {
            return rs.getBytes(i);
        }

        public int sqlType() {
            return Types.BINARY;
        }
    };

    /**
     * Instants in a timestamp-without-zone column, always as UTC wall time, truncated to microseconds
     * (the precision Covet keeps everywhere; PostgreSQL would round instead, even into the next second).
     */
    public static final ValueCodec TIMESTAMP = new ValueCodec() {
        public void bind(PreparedStatement ps, int i, Object v) throws SQLException {
            ps.setObject(i, LocalDateTime.ofInstant(((Instant) v).truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
        }

        public Object read(ResultSet rs, int i) throws SQLException {
            LocalDateTime v = rs.getObject(i, LocalDateTime.class);
            return v == null ? null : v.toInstant(ZoneOffset.UTC);
        }

        public int sqlType() {
            return Types.TIMESTAMP;
        }
    };

    /** Dates as {@link LocalDate}, through the driver's {@code java.time} support. */
    public static final ValueCodec DATE = new ValueCodec() {
        public void bind(PreparedStatement ps, int i, Object v) throws SQLException {
            ps.setObject(i, (LocalDate) v);
        }

        public Object read(ResultSet rs, int i) throws SQLException {
            return rs.getObject(i, LocalDate.class);
        }

        public int sqlType() {
            return Types.DATE;
        }
    };

    /** Times truncated to microseconds, as timestamps are. */
    public static final ValueCodec TIME = new ValueCodec() {
        public void bind(PreparedStatement ps, int i, Object v) throws SQLException {
            ps.setObject(i, ((LocalTime) v).truncatedTo(ChronoUnit.MICROS));
        }

        public Object read(ResultSet rs, int i) throws SQLException {
            return rs.getObject(i, LocalTime.class);
        }

        public int sqlType() {
            return Types.TIME;
        }
    };

    /** UUIDs as their 36-character text. */
    public static final ValueCodec UUID_AS_TEXT = new ValueCodec() {
        public void bind(PreparedStatement ps, int i, Object v) throws SQLException {
            ps.setString(i, v.toString());
        }

        public Object read(ResultSet rs, int i) throws SQLException {
            String v = rs.getString(i);
            return v == null ? null : UUID.fromString(v);
        }

        public int sqlType() {
            return Types.CHAR;
        }
    };

    /** Anything else: let the driver decide. */
    public static final ValueCodec OBJECT = new ValueCodec() {
        public void bind(PreparedStatement ps, int i, Object v) throws SQLException {
            ps.setObject(i, v);
        }

        public Object read(ResultSet rs, int i) throws SQLException {
            return rs.getObject(i);
        }

        public int sqlType() {
            return Types.OTHER;
        }
    };

    /**
     * For a storage the database lacks (arrays outside PostgreSQL).
     *
     * @param what the values refused, in the plural (for the message)
     * @param database the database's name (for the message)
     * @return a codec whose binding and reading fail with a {@link NotSupportedError}
     */
    public static ValueCodec unsupported(String what, String database) {
        return new ValueCodec() {
            public void bind(PreparedStatement ps, int i, Object v) {
                throw new NotSupportedError(what + " are not supported on " + database);
            }

            public Object read(ResultSet rs, int i) {
                throw new NotSupportedError(what + " are not supported on " + database);
            }

            public int sqlType() {
                return Types.OTHER;
            }
        };
    }

    /**
     * A decimal field's canonical value as a {@link BigDecimal}, whichever number type it arrived as.
     *
     * @param v a non-null number (a {@code BigDecimal}, a floating-point value, or any other number)
     * @return the value as a {@code BigDecimal}
     */
    public static BigDecimal decimal(Object v) {
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof Double || v instanceof Float) {
            return BigDecimal.valueOf(((Number) v).doubleValue());
        }
        return new BigDecimal(v.toString());
    }

    // ---------------------------------------------------------------- ISO text (SQLite)

    /** Fixed width, so that text order is time order: 2024-05-01 09:30:00.000000. */
    public static final DateTimeFormatter TIMESTAMP_TEXT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");
    /** Fixed width, as timestamps are: {@code 09:30:00.000000}. */
    public static final DateTimeFormatter TIME_TEXT = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter LENIENT_TIMESTAMP = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().append(DateTimeFormatter.ISO_LOCAL_TIME).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .parseDefaulting(ChronoField.HOUR_OF_DAY, 0)
            .toFormatter();

    /**
     * An instant as Covet stores it in text (SQLite): UTC wall time in the fixed-width {@link #TIMESTAMP_TEXT} form.
     *
     * @param instant the instant
     * @return the text, such as {@code 2024-05-01 09:30:00.000000}
     */
    public static String timestampText(Instant instant) {
        LocalDateTime t = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        int year = t.getYear();
        if (year < 0 || year > 9999) {
            return TIMESTAMP_TEXT.format(t);
        }
        // the format by hand: this runs for every timestamp parameter and DateTimeFormatter is slow
        char[] out = new char[26];
        digits(out, 0, year, 4);
        out[4] = '-';
        digits(out, 5, t.getMonthValue(), 2);
        out[7] = '-';
        digits(out, 8, t.getDayOfMonth(), 2);
        out[10] = ' ';
        digits(out, 11, t.getHour(), 2);
        out[13] = ':';
        digits(out, 14, t.getMinute(), 2);
        out[16] = ':';
        digits(out, 17, t.getSecond(), 2);
        out[19] = '.';
        digits(out, 20, t.getNano() / 1000, 6);
        return new String(out);
    }

    private static void digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /**
     * The instant a stored timestamp names. Covet writes {@code 2024-05-01 09:30:00.000000} (UTC),
     * read here by hand since every loaded row has one; other ISO forms (with {@code T}, an offset,
     * fewer digits, a date alone) are read leniently.
     *
     * @param text the stored text
     * @return the instant, the text read as UTC unless it carries an offset
     */
    public static Instant parseTimestamp(String text) {
        if (text.length() == 26 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == ' '
                && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(19) == '.') {
            int year = number(text, 0, 4);
            int month = number(text, 5, 2);
            int day = number(text, 8, 2);
            int hour = number(text, 11, 2);
            int minute = number(text, 14, 2);
            int second = number(text, 17, 2);
            int micros = number(text, 20, 6);
            if ((year | month | day | hour | minute | second | micros) >= 0) {
                return LocalDateTime.of(year, month, day, hour, minute, second, micros * 1000).toInstant(ZoneOffset.UTC);
            }
        }
        return parseLenient(text);
    }

    /** The decimal number in {@code text} at {@code from}, or -1 if a character there is not a digit. */
    private static int number(String text, int from, int length) {
        int n = 0;
        for (int i = from; i < from + length; i++) {
            int d = text.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            n = n * 10 + d;
        }
        return n;
    }

    private static Instant parseLenient(String text) {
        var parsed = LENIENT_TIMESTAMP.parse(text.trim());
        LocalDateTime local = LocalDateTime.of(LocalDate.from(parsed), parsed.isSupported(ChronoField.HOUR_OF_DAY)
                ? LocalTime.from(parsed) : LocalTime.MIDNIGHT);
        if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
            return OffsetDateTime.of(local, ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS))).toInstant();
        }
        return local.toInstant(ZoneOffset.UTC);
    }

    /** Instants as fixed-width UTC text (SQLite), so that text order is time order. */
    public static final ValueCodec TIMESTAMP_AS_TEXT = new ValueCodec() {
        public void bind(PreparedStatement ps, int i, Object v) throws SQLException {
            ps.setString(i, timestampText((Instant) v));
        }

        public Object read(ResultSet rs, int i) throws SQLException {
            String v = rs.getString(i);
            return v == null ? null : parseTimestamp(v);
        }

        public int sqlType() {
            return Types.VARCHAR;
        }
    };

    /** Dates as ISO text (SQLite); a longer stored value is read by its first ten characters. */
    public static final ValueCodec DATE_AS_TEXT = new ValueCodec() {
        public void bind(PreparedStatement ps, int i, Object v) throws SQLException {
            ps.setString(i, v.toString());
        }

        public Object read(ResultSet rs, int i) throws SQLException {
            String v = rs.getString(i);
            return v == null ? null : LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
        }

        public int sqlType() {
            return Types.VARCHAR;
        }
    };

    /** Times of day as fixed-width text (SQLite). */
    public static final ValueCodec TIME_AS_TEXT = new ValueCodec() {
        public void bind(PreparedStatement ps, int i, Object v) throws SQLException {
            ps.setString(i, TIME_TEXT.format((LocalTime) v));
        }

        public Object read(ResultSet rs, int i) throws SQLException {
            String v = rs.getString(i);
            return v == null ? null : LocalTime.parse(v);
        }

        public int sqlType() {
            return Types.VARCHAR;
        }
    };
}
