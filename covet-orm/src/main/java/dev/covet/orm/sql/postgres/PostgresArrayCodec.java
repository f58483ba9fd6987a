package dev.covet.orm.sql.postgres;

import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.field.SqlArray;
import dev.covet.orm.sql.ValueCodec;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** PostgreSQL arrays ({@code text[]}, {@code int4[]}, ...) to and from {@link SqlArray}. */
final class PostgresArrayCodec implements ValueCodec {
    @Override
    public void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        SqlArray array = (SqlArray) value;
        Object[] items = new Object[array.items().size()];
        for (int i = 0; i < items.length; i++) {
            Object item = array.items().get(i);
            // pgjdbc encodes dates in arrays from their text
            items[i] = item instanceof LocalDate d ? d.toString() : item;
        }
        ps.setArray(index, ps.getConnection().createArrayOf(elementType(array.element()), items));
    }

    @Override
    public Object read(ResultSet rs, int index) throws SQLException {
        Array array = rs.getArray(index);
        if (array == null) {
            return null;
        }
        Storage element = storageOf(array.getBaseTypeName());
        List<Object> items = new ArrayList<>();
        for (Object item : (Object[]) array.getArray()) {
            items.add(item instanceof java.sql.Date d ? d.toLocalDate() : item);
        }
        array.free();
        return new SqlArray(element, items);
    }

    @Override
    public int sqlType() {
        return Types.ARRAY;
    }

    /** The PostgreSQL element type of an array column. */
    static String elementType(Storage element) {
        return switch (element) {
            case STRING -> "text";
            case INT -> "int4";
            case LONG -> "int8";
            case SHORT -> "int2";
            case DOUBLE -> "float8";
            case FLOAT -> "float4";
            case BOOLEAN -> "bool";
            case UUID -> "uuid";
            case DECIMAL -> "numeric";
            case DATE -> "date";
            default -> throw new IllegalArgumentException("no array element type for " + element);
        };
    }

    private static Storage storageOf(String baseType) {
        return switch (baseType.toLowerCase(java.util.Locale.ROOT).replace("\"", "")) {
            case "int4", "integer" -> Storage.INT;
            case "int8", "bigint" -> Storage.LONG;
            case "int2", "smallint" -> Storage.SHORT;
            case "float8", "double precision" -> Storage.DOUBLE;
            case "float4", "real" -> Storage.FLOAT;
            case "bool", "boolean" -> Storage.BOOLEAN;
            case "uuid" -> Storage.UUID;
            case "numeric" -> Storage.DECIMAL;
            case "date" -> Storage.DATE;
            default -> Storage.STRING;
        };
    }
}
