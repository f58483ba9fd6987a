package dev.covet.cli;

import dev.covet.orm.db.LiveTable;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Covet field a live column reads as, by the type name the database reports and then its JDBC
 * type. Types a database stores alike come back as the plainest field: on SQLite every text column
 * is a {@code TextField} and every integer an {@code IntegerField}; an email or URL column is a
 * {@code CharField}.
 *
 * @param annotation the field annotation's simple name
 * @param javaType   the Java type of the field (its simple name)
 * @param arguments  the annotation's type arguments ({@code maxLength = 100})
 * @param note       a remark for the reader when the type was a guess, else null
 */
record ColumnMapping(String annotation, String javaType, List<String> arguments, String note) {

    static ColumnMapping of(LiveTable.Column c) {
        String type = c.typeName() == null ? "" : c.typeName().toLowerCase(Locale.ROOT);
        int paren = type.indexOf('(');
        if (paren > 0) {
            type = type.substring(0, paren).trim();
        }
        switch (type) {
            case "text", "longtext", "mediumtext", "tinytext", "clob" -> {
                return plain("TextField", "String");
            }
            case "varchar", "character varying", "char", "character", "bpchar", "nvarchar", "nchar" -> {
                return c.size() > 0 && c.size() < 1_000_000 ? new ColumnMapping("CharField", "String", List.of("maxLength = " + c.size()), null)
                        : plain("TextField", "String");
            }
            case "integer", "int", "int4", "mediumint", "serial" -> {
                return plain("IntegerField", "Integer");
            }
            case "bigint", "int8", "bigserial" -> {
                return plain("BigIntegerField", "Long");
            }
            case "smallint", "int2", "smallserial" -> {
                return plain("SmallIntegerField", "Short");
            }
            case "tinyint" -> {
                return c.size() == 1 ? plain("BooleanField", "Boolean") : plain("SmallIntegerField", "Short");
            }
            case "bool", "boolean", "bit" -> {
                return plain("BooleanField", "Boolean");
            }
            case "float4" -> {
                return plain("FloatField", "Float");
            }
            case "real", "float8", "double", "double precision", "float" -> {
                return plain("FloatField", "Double");
            }
            case "decimal", "numeric" -> {
                return new ColumnMapping("DecimalField", "BigDecimal",
                        List.of("maxDigits = " + Math.max(1, c.size()), "decimalPlaces = " + Math.max(0, c.scale())), null);
            }
            case "timestamp", "timestamptz", "timestamp without time zone", "timestamp with time zone", "datetime" -> {
                return plain("DateTimeField", "Instant");
            }
            case "date" -> {
                return plain("DateField", "LocalDate");
            }
            case "time", "timetz", "time without time zone" -> {
                return plain("TimeField", "LocalTime");
            }
            case "json", "jsonb" -> {
                return plain("JSONField", "Object");
            }
            case "uuid" -> {
                return plain("UUIDField", "UUID");
            }
            case "blob", "longblob", "mediumblob", "tinyblob", "bytea", "binary", "varbinary" -> {
                return plain("BinaryField", "byte[]");
            }
            default -> {
                return byJdbcType(c);
            }
        }
    }

    private static ColumnMapping byJdbcType(LiveTable.Column c) {
        ColumnMapping m = switch (c.jdbcType()) {
            case Types.VARCHAR, Types.CHAR, Types.NVARCHAR, Types.NCHAR -> c.size() > 0 && c.size() < 1_000_000
                    ? new ColumnMapping("CharField", "String", List.of("maxLength = " + c.size()), null) : plain("TextField", "String");
            case Types.INTEGER -> plain("IntegerField", "Integer");
            case Types.BIGINT -> plain("BigIntegerField", "Long");
            case Types.SMALLINT, Types.TINYINT -> plain("SmallIntegerField", "Short");
            case Types.BOOLEAN, Types.BIT -> plain("BooleanField", "Boolean");
            case Types.REAL -> plain("FloatField", "Float");
            case Types.FLOAT, Types.DOUBLE -> plain("FloatField", "Double");
            case Types.DECIMAL, Types.NUMERIC -> new ColumnMapping("DecimalField", "BigDecimal",
                    List.of("maxDigits = " + Math.max(1, c.size()), "decimalPlaces = " + Math.max(0, c.scale())), null);
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> plain("DateTimeField", "Instant");
            case Types.DATE -> plain("DateField", "LocalDate");
            case Types.TIME, Types.TIME_WITH_TIMEZONE -> plain("TimeField", "LocalTime");
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> plain("BinaryField", "byte[]");
            default -> null;
        };
        if (m != null) {
            return m;
        }
        return new ColumnMapping("TextField", "String", List.of(), "type " + c.typeName() + " has no Covet field; read as text, review it");
    }

    private static ColumnMapping plain(String annotation, String javaType) {
        return new ColumnMapping(annotation, javaType, List.of(), null);
    }

    /** The annotation's arguments with {@code more} after the type's own. */
    List<String> argumentsWith(List<String> more) {
        List<String> all = new ArrayList<>(arguments);
        all.addAll(more);
        return all;
    }
}
