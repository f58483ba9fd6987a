package dev.covet.orm.field;

import dev.covet.orm.exception.DataError;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * The one Jackson mapper Covet uses for JSON fields. It knows {@code java.time} values always (they are
 * written as ISO-8601 text, {@code "2026-11-28T10:15:30Z"}, and read back as the same value), whatever
 * else is on the class path. Thread-safe.
 */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .findAndRegisterModules()
            .registerModule(new JavaTimeModule())
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
            .configure(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS, false)
            .configure(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE, false)
            .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, false)
            .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false)
            .registerModule(new SimpleModule("covet-floating-point")
                    .addSerializer(Double.class, new FloatingPoint())
                    .addSerializer(Double.TYPE, new FloatingPoint())
                    .addSerializer(Float.class, new FloatingPoint())
                    .addSerializer(Float.TYPE, new FloatingPoint()));

    private Json() {
    }

    /**
     * The shared mapper, for code that reads or writes JSON the way JSON fields do.
     *
     * @return the mapper; do not reconfigure it
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * The Jackson type of a Java type, generics included (such as {@code List<Tag>}).
     *
     * @param type a class or a parameterized type, as a field's generic type
     * @return the type to pass to {@link #read}
     */
    public static JavaType type(Type type) {
        return MAPPER.getTypeFactory().constructType(type);
    }

    /**
     * Serializes a value; an unserializable value is an {@link IllegalArgumentException} saying why.
     *
     * @param value any Jackson-bindable value
     * @return the JSON text
     * @throws IllegalArgumentException if Jackson cannot serialize the value
     */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Value is not JSON serializable: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads stored JSON text as a value of {@code type}.
     *
     * @param text the JSON text
     * @param type the type to bind to, from {@link #type}
     * @return the value
     * @throws DataError if the text is not JSON or does not bind to the type
     */
    public static Object read(String text, JavaType type) {
        try {
            return MAPPER.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new DataError("Stored JSON cannot be read as " + type.getRawClass().getSimpleName() + ": " + e.getOriginalMessage(), null);
        }
    }

    /**
     * Writes a double or float whose Java text has a positive exponent ({@code 2.5E10}) in plain notation
     * with a fraction ({@code 25000000000.0}). PostgreSQL's jsonb stores numbers in plain notation, and
     * {@code 2.5E10} would come back as {@code 25000000000}, which reads as a Long; with the fraction it
     * reads as the same double on every database. Other values are written as Jackson writes them.
     */
    private static final class FloatingPoint extends StdSerializer<Number> {
        FloatingPoint() {
            super(Number.class);
        }

        @Override
        public void serialize(Number value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            String text = value.toString();
            int e = text.indexOf('E');
            if (!Double.isFinite(value.doubleValue()) || e < 0 || text.charAt(e + 1) == '-') {
                if (value instanceof Float f) {
                    gen.writeNumber(f);
                } else {
                    gen.writeNumber(value.doubleValue());
                }
                return;
            }
            String plain = new BigDecimal(text).toPlainString();
            gen.writeNumber(plain.indexOf('.') < 0 ? plain + ".0" : plain);
        }
    }
}
