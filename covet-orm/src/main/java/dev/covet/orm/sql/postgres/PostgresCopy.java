package dev.covet.orm.sql.postgres;

import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.query.Value;
import dev.covet.orm.sql.BulkLoader;
import dev.covet.orm.sql.Codecs;
import dev.covet.orm.sql.Dialect;
import dev.covet.orm.sql.Sql;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Loads rows with {@code COPY table (columns) FROM STDIN} in PostgreSQL's text format, through pgjdbc's
 * {@code CopyManager}: one statement for any number of rows, parsed by the server far faster than
 * INSERTs. Keys of an auto-increment column are taken first from its sequence
 * ({@code nextval} over {@code generate_series}), so that every instance knows its key.
 *
 * <p>Each value is written as the text PostgreSQL reads back to the same value the INSERT path binds:
 * tab, newline, carriage return and backslash escaped, {@code \N} for NULL, {@code bytea} in hex,
 * timestamps as UTC to the microsecond.
 */
final class PostgresCopy implements BulkLoader {
    /** Storages with a text encoding here; arrays go through INSERTs. */
    private static final Set<Storage> ENCODED = EnumSet.complementOf(EnumSet.of(Storage.ARRAY));
    /** Bytes sent to the server at a time. */
    private static final int CHUNK = 1 << 16;
    private static final HexFormat HEX = HexFormat.of();

    private final Dialect dialect;

    PostgresCopy(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public boolean canLoad(List<FieldInfo> fields) {
        for (FieldInfo f : fields) {
            if (f.storage() == null || !ENCODED.contains(f.storage())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Sql reserveKeys(String table, FieldInfo key, int count) {
        // The table is parsed as an identifier (so quoted); the column is taken as written. The sequence is
        // looked up once (OFFSET 0 keeps the subquery from being pulled up into a lookup per row: 10x slower).
        return new Sql("SELECT nextval(s.seq) FROM (SELECT CAST(pg_get_serial_sequence(?, ?) AS regclass) AS seq OFFSET 0) s,"
                + " generate_series(1, ?)",
                List.of(Value.of(dialect.quote(table)), Value.of(key.column()), Value.of(count)));
    }

    @Override
    public Sql loadStatement(String table, List<FieldInfo> fields) {
        StringBuilder statement = new StringBuilder("COPY ").append(dialect.quote(table)).append(" (");
        for (int i = 0; i < fields.size(); i++) {
            statement.append(i == 0 ? "" : ", ").append(dialect.quote(fields.get(i).column()));
        }
        return Sql.of(statement.append(") FROM STDIN").toString());
    }

    @Override
    public long load(Connection connection, String statement, List<FieldInfo> fields, Rows rows) throws SQLException {
        Storage[] storages = new Storage[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            storages[i] = fields.get(i).storage();
        }
        // inside a transaction a failed COPY must not spoil it: pgjdbc's autosave does not cover COPY
        Savepoint savepoint = connection.getAutoCommit() ? null : connection.setSavepoint();
        try {
            long loaded = copy(connection, statement, storages, rows);
            if (savepoint != null) {
                connection.releaseSavepoint(savepoint);
            }
            return loaded;
        } catch (SQLException | RuntimeException e) {
            if (savepoint != null) {
                try {
                    connection.rollback(savepoint);
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
    }

    private static long copy(Connection connection, String text, Storage[] storages, Rows rows) throws SQLException {
        CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(text);
        try {
            StringBuilder out = new StringBuilder(CHUNK + 1024);
            for (int row = 0, size = rows.size(); row < size; row++) {
                for (int column = 0; column < storages.length; column++) {
                    if (column > 0) {
                        out.append('\t');
                    }
                    encode(out, storages[column], rows.value(row, column));
                }
                out.append('\n');
                if (out.length() >= CHUNK) {
                    send(in, out);
                }
            }
            send(in, out);
            return in.endCopy();
        } finally {
            if (in.isActive()) {
                // a value that could not be encoded, or a lost connection: the server discards the rows
                in.cancelCopy();
            }
        }
    }

    private static void send(CopyIn in, StringBuilder out) throws SQLException {
        if (!out.isEmpty()) {
            byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(bytes, 0, bytes.length);
            out.setLength(0);
        }
    }

    /** Appends {@code v}, a canonical value of {@code storage}, in COPY's text format. */
    static void encode(StringBuilder out, Storage storage, Object v) {
        if (v == null) {
            out.append("\\N");
            return;
        }
        switch (storage) {
            case STRING, JSON -> escape(out, v.toString());
            case INT -> out.append(((Number) v).intValue());
            case LONG -> out.append(((Number) v).longValue());
            case SHORT -> out.append(((Number) v).shortValue());
            case FLOAT -> out.append(((Number) v).floatValue());
            case DOUBLE -> out.append(((Number) v).doubleValue());
            case DECIMAL -> out.append(Codecs.decimal(v).toPlainString());
            case BOOLEAN -> out.append((Boolean) v ? 't' : 'f');
            case TIMESTAMP -> timestamp(out, LocalDateTime.ofInstant(((Instant) v).truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
            case DATE -> date(out, (LocalDate) v).append(((LocalDate) v).getYear() < 1 ? " BC" : "");
            case TIME -> out.append(((LocalTime) v).truncatedTo(ChronoUnit.MICROS));
            case BYTES -> HEX.formatHex(out.append("\\\\x"), (byte[]) v);
            case UUID -> out.append(v);
            case ARRAY -> throw new IllegalArgumentException("arrays are not loaded by COPY");
        }
    }

    private static void timestamp(StringBuilder out, LocalDateTime t) {
        date(out, t.toLocalDate()).append(' ').append(t.toLocalTime()).append(t.getYear() < 1 ? " BC" : "");
    }

    /**
     * The date as PostgreSQL writes it: a year of four digits or more, without ISO's sign, and years
     * before 1 as {@code BC} (ISO's year 0 is 1 BC).
     */
    private static StringBuilder date(StringBuilder out, LocalDate d) {
        int year = d.getYear() < 1 ? 1 - d.getYear() : d.getYear();
        for (int width = 1000; width > 1 && year < width; width /= 10) {
            out.append('0');
        }
        out.append(year).append('-');
        two(out, d.getMonthValue()).append('-');
        return two(out, d.getDayOfMonth());
    }

    private static StringBuilder two(StringBuilder out, int n) {
        return out.append(n < 10 ? "0" : "").append(n);
    }

    private static void escape(StringBuilder out, String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
