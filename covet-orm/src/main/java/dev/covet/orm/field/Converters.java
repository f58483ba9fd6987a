package dev.covet.orm.field;

import com.fasterxml.jackson.databind.JavaType;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The {@link FieldConverter} each kind of field uses for each Java type it allows. */
public final class Converters {
    private Converters() {
    }

    /**
     * A converter that keeps decimals at their declared scale both ways, rounding half-even.
     *
     * @param decimalPlaces the field's digits after the point
     * @return the converter
     */
    public static FieldConverter decimal(int decimalPlaces) {
        return new FieldConverter() {
            @Override
            public Object toDb(Object v) {
                return ((BigDecimal) v).setScale(decimalPlaces, RoundingMode.HALF_EVEN);
            }

            @Override
            public Object fromDb(Object v) {
                return ((BigDecimal) v).setScale(decimalPlaces, RoundingMode.HALF_EVEN);
            }
        };
    }

    /**
     * Instants are canonical; local and offset date-times are taken and returned in UTC.
     *
     * @param javaType {@code Instant}, {@code LocalDateTime} or {@code OffsetDateTime}
     * @return the converter; {@link FieldConverter#IDENTITY} for {@code Instant}
     * @throws IllegalArgumentException for any other type
     */
    public static FieldConverter timestamp(Class<?> javaType) {
        if (javaType == Instant.class) {
            return FieldConverter.IDENTITY;
        }
        if (javaType == LocalDateTime.class) {
            return new FieldConverter() {
                @Override
                public Object toDb(Object v) {
                    return ((LocalDateTime) v).toInstant(ZoneOffset.UTC);
                }

                @Override
                public Object fromDb(Object v) {
                    return LocalDateTime.ofInstant((Instant) v, ZoneOffset.UTC);
                }
            };
        }
        if (javaType == OffsetDateTime.class) {
            return new FieldConverter() {
                @Override
                public Object toDb(Object v) {
                    return ((OffsetDateTime) v).toInstant();
                }

                @Override
                public Object fromDb(Object v) {
                    return OffsetDateTime.ofInstant((Instant) v, ZoneOffset.UTC);
                }
            };
        }
        throw new IllegalArgumentException("unsupported date-time type " + javaType.getName());
    }

    /**
     * Enums are stored by name.
     *
     * @param enumType the enum class the field holds
     * @return the converter
     */
    public static FieldConverter enumeration(Class<?> enumType) {
        return new FieldConverter() {
            @Override
            public Object toDb(Object v) {
                return ((Enum<?>) v).name();
            }

            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public Object fromDb(Object v) {
                return Enum.valueOf((Class) enumType, (String) v);
            }
        };
    }

    /**
     * JSON fields hold any Jackson-bindable value; the canonical value is the JSON text.
     *
     * @param genericType the field's generic type, which stored JSON is read as
     * @return the converter
     */
    public static FieldConverter json(Type genericType) {
        return json(genericType, "a JSON field");
    }

    /**
     * As {@link #json(Type)}, naming {@code field} when the stored text cannot be read (a
     * {@link dev.covet.orm.exception.DataError}).
     *
     * @param genericType the field's generic type, which stored JSON is read as
     * @param field how error messages name the field
     * @return the converter
     */
    public static FieldConverter json(Type genericType, String field) {
        JavaType type = Json.type(genericType);
        return new FieldConverter() {
            @Override
            public Object toDb(Object v) {
                return Json.write(v);
            }

            @Override
            public Object fromDb(Object v) {
                try {
                    return Json.read((String) v, type);
                } catch (dev.covet.orm.exception.DataError e) {
                    throw new dev.covet.orm.exception.DataError("The JSON stored in " + field + " is invalid: " + e.getMessage(), null);
                }
            }
        };
    }

    /**
     * Array fields hold a {@code List}; the canonical value is a {@link SqlArray} of canonical elements.
     *
     * @param element the storage of the elements
     * @return the converter; reading gives a new mutable {@code ArrayList}
     */
    public static FieldConverter array(FieldKind.Storage element) {
        return new FieldConverter() {
            @Override
            public Object toDb(Object v) {
                return Coercion.canonical(FieldKind.Storage.ARRAY, v, null, element);
            }

            @Override
            public Object fromDb(Object v) {
                return new java.util.ArrayList<>(((SqlArray) v).items());
            }
        };
    }

    /** An {@code int} auto key is read as a long; convert it back. */
    public static final FieldConverter INT_KEY = new FieldConverter() {
        @Override
        public Object toDb(Object v) {
            return ((Number) v).longValue();
        }

        @Override
        public Object fromDb(Object v) {
            return ((Number) v).intValue();
        }
    };
}
