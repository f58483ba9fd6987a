package dev.covet.orm.field;

import com.fasterxml.jackson.databind.JsonNode;
import dev.covet.orm.field.FieldKind.Storage;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Turns loose input (what arrives from a form, a JSON body, a query string) into the
 * canonical value of a storage: {@code "50"} to 50, {@code "yes"} to true, an ISO string
 * to an {@link Instant}. Input that cannot be converted is an {@link IllegalArgumentException}
 * whose message is fit to show as the field's validation error.
 */
public final class Coercion {
    private Coercion() {
    }

    /**
     * The canonical value of {@code input} for {@code storage}; {@code enumType} is needed for enums only.
     *
     * @param storage the storage to convert to
     * @param input the loose value (text, a number, a date, a collection...); null stays null
     * @param enumType for an enum field the enum class (text then matches a constant name), else null
     * @param elementStorage for an array the storage of its elements, else null
     * @return the value of the storage's Java type, or null for null input
     * @throws IllegalArgumentException if the input cannot be converted, with a message fit for the user
     */
    public static Object canonical(Storage storage, Object input, Class<?> enumType, Storage elementStorage) {
        if (input == null) {
            return null;
        }
        return switch (storage) {
            case STRING -> enumType != null ? enumName(input, enumType) : string(input);
            case INT -> (int) integral(input, Integer.MIN_VALUE, Integer.MAX_VALUE, "an integer");
            case LONG -> integral(input, Long.MIN_VALUE, Long.MAX_VALUE, "an integer");
            case SHORT -> (short) integral(input, Short.MIN_VALUE, Short.MAX_VALUE, "a small integer");
            case FLOAT -> (float) floating(input);
            case DOUBLE -> floating(input);
            case DECIMAL -> decimal(input);
            case BOOLEAN -> bool(input);
            case TIMESTAMP -> instant(input);
            case DATE -> date(input);
            case TIME -> time(input);
            case UUID -> uuid(input);
            case BYTES -> bytes(input);
            case ARRAY -> array(input, elementStorage);
            case JSON -> input;
        };
    }

    private static String string(Object input) {
        if (input instanceof Enum<?> e) {
            return e.name();
        }
        return input.toString();
    }

    private static String enumName(Object input, Class<?> enumType) {
        if (enumType.isInstance(input)) {
            return ((Enum<?>) input).name();
        }
        String text = input.toString().trim();
        Object[] constants = enumType.getEnumConstants();
        for (Object c : constants) {
            if (((Enum<?>) c).name().equals(text)) {
                return text;
            }
        }
        for (Object c : constants) {
            if (((Enum<?>) c).name().equalsIgnoreCase(text)) {
                return ((Enum<?>) c).name();
            }
        }
        List<String> names = new ArrayList<>();
        for (Object c : constants) {
            names.add(((Enum<?>) c).name());
        }
        throw new IllegalArgumentException("'" + text + "' is not one of " + String.join(", ", names) + ".");
    }

    private static long integral(Object input, long min, long max, String what) {
        long value;
        if (input instanceof Integer || input instanceof Long || input instanceof Short || input instanceof Byte) {
            value = ((Number) input).longValue();
        } else if (input instanceof BigInteger b) {
            if (b.bitLength() > 63) {
                throw new IllegalArgumentException("'" + input + "' value is out of range.");
            }
            value = b.longValue();
        } else if (input instanceof Number n) {
            BigDecimal d = new BigDecimal(n.toString());
            try {
                value = d.longValueExact();
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("'" + input + "' value must be " + what + ".");
            }
        } else if (input instanceof CharSequence s) {
            try {
                value = Long.parseLong(s.toString().trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + input + "' value must be " + what + ".");
            }
        } else {
            throw new IllegalArgumentException("'" + input + "' value must be " + what + ".");
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException("'" + input + "' value is out of range.");
        }
        return value;
    }

    private static double floating(Object input) {
        if (input instanceof Number n) {
            return n.doubleValue();
        }
        if (input instanceof CharSequence s) {
            try {
                return Double.parseDouble(s.toString().trim());
            } catch (NumberFormatException e) {
                // fall through to the message below
            }
        }
        throw new IllegalArgumentException("'" + input + "' value must be a float.");
    }

    private static BigDecimal decimal(Object input) {
        if (input instanceof BigDecimal d) {
            return d;
        }
        if (input instanceof Double || input instanceof Float) {
            double v = ((Number) input).doubleValue();
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("'" + input + "' value must be a decimal number.");
            }
            return BigDecimal.valueOf(v);
        }
        if (input instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        if (input instanceof CharSequence s) {
            try {
                return new BigDecimal(s.toString().trim());
            } catch (NumberFormatException e) {
                // fall through to the message below
            }
        }
        throw new IllegalArgumentException("'" + input + "' value must be a decimal number.");
    }

    private static boolean bool(Object input) {
        if (input instanceof Boolean b) {
            return b;
        }
        if (input instanceof Number n) {
            double v = n.doubleValue();
            if (v == 0 || v == 1) {
                return v == 1;
            }
        }
        if (input instanceof CharSequence s) {
            switch (s.toString().trim().toLowerCase(Locale.ROOT)) {
                case "true", "t", "yes", "y", "on", "1" -> {
                    return true;
                }
                case "false", "f", "no", "n", "off", "0" -> {
                    return false;
                }
                default -> {
                }
            }
        }
        throw new IllegalArgumentException("'" + input + "' value must be either true or false.");
    }

    private static Instant instant(Object input) {
        if (input instanceof Instant i) {
            return i;
        }
        if (input instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (input instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (input instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        if (input instanceof LocalDate d) {
            return d.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        if (input instanceof Date d) {
            return d.toInstant();
        }
        if (input instanceof CharSequence s) {
            String text = s.toString().trim().replace(' ', 'T');
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                // not offset-qualified; try the plainer forms
            }
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                // not a date-time; try a bare date
            }
            try {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e) {
                // fall through to the message below
            }
        }
        throw new IllegalArgumentException("'" + input + "' value has an invalid format. It must be in ISO 8601 format, "
                + "YYYY-MM-DDTHH:MM[:ss[.uuuuuu]][Z or +HH:MM].");
    }

    private static LocalDate date(Object input) {
        if (input instanceof LocalDate d) {
            return d;
        }
        if (input instanceof LocalDateTime l) {
            return l.toLocalDate();
        }
        if (input instanceof Instant i) {
            return LocalDate.ofInstant(i, ZoneOffset.UTC);
        }
        if (input instanceof OffsetDateTime o) {
            return o.toLocalDate();
        }
        if (input instanceof CharSequence s) {
            String text = s.toString().trim();
            try {
                if (text.length() <= 10) {
                    return LocalDate.parse(text);
                }
                // a date-time gives its date; anything else after the date is not a date
                String dateTime = text.replace(' ', 'T');
                try {
                    return OffsetDateTime.parse(dateTime).toLocalDate();
                } catch (DateTimeParseException e) {
                    return LocalDateTime.parse(dateTime).toLocalDate();
                }
            } catch (DateTimeParseException e) {
                // fall through to the message below
            }
        }
        throw new IllegalArgumentException("'" + input + "' value has an invalid date format. It must be in YYYY-MM-DD format.");
    }

    private static LocalTime time(Object input) {
        if (input instanceof LocalTime t) {
            return t;
        }
        if (input instanceof LocalDateTime l) {
            return l.toLocalTime();
        }
        if (input instanceof CharSequence s) {
            try {
                return LocalTime.parse(s.toString().trim());
            } catch (DateTimeParseException e) {
                // fall through to the message below
            }
        }
        throw new IllegalArgumentException("'" + input + "' value has an invalid format. It must be in HH:MM[:ss[.uuuuuu]] format.");
    }

    private static UUID uuid(Object input) {
        if (input instanceof UUID u) {
            return u;
        }
        if (input instanceof CharSequence s) {
            String text = s.toString().trim();
            try {
                if (text.length() == 32 && text.indexOf('-') < 0) {
                    text = text.replaceFirst("(\\p{XDigit}{8})(\\p{XDigit}{4})(\\p{XDigit}{4})(\\p{XDigit}{4})(\\p{XDigit}+)", "$1-$2-$3-$4-$5");
                }
                if (text.length() == 36) {
                    return UUID.fromString(text);
                }
            } catch (IllegalArgumentException e) {
                // fall through to the message below
            }
        }
        throw new IllegalArgumentException("'" + input + "' is not a valid UUID.");
    }

    private static byte[] bytes(Object input) {
        if (input instanceof byte[] b) {
            return b;
        }
        if (input instanceof CharSequence s) {
            try {
                return Base64.getDecoder().decode(s.toString().trim());
            } catch (IllegalArgumentException e) {
                // fall through to the message below
            }
        }
        throw new IllegalArgumentException("'" + input + "' is not binary data (bytes or base64 text).");
    }

    private static SqlArray array(Object input, Storage element) {
        if (input instanceof SqlArray a) {
            return a;
        }
        Collection<?> items;
        if (input instanceof Collection<?> c) {
            items = c;
        } else if (input instanceof Object[] a) {
            items = List.of(a);
        } else if (input instanceof JsonNode n && n.isArray()) {
            List<Object> values = new ArrayList<>();
            n.forEach(values::add);
            items = values;
        } else {
            throw new IllegalArgumentException("'" + input + "' is not a list.");
        }
        List<Object> out = new ArrayList<>(items.size());
        for (Object item : items) {
            out.add(canonical(element, item, null, null));
        }
        return new SqlArray(element, out);
    }
}
