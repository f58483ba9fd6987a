package dev.covet.orm.meta;

import dev.covet.orm.exception.ValidationError;
import dev.covet.orm.field.FieldKind;
import dev.covet.orm.field.Json;
import dev.covet.orm.field.Validator;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks one field's value on an instance, with Django's messages. */
public final class FieldValidation {
    private static final Pattern EMAIL = Pattern.compile(
            "(?i)^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9-]{2,63}$");
    private static final Pattern URL = Pattern.compile(
            "(?i)^(?:https?|ftps?)://(?:[^\\s:@/]+(?::[^\\s:@/]*)?@)?"
                    + "(?:localhost|(?:[a-z0-9\\u00a1-\\uffff](?:[a-z0-9\\u00a1-\\uffff-]{0,61}[a-z0-9\\u00a1-\\uffff])?\\.)+"
                    + "[a-z\\u00a1-\\uffff]{2,63}\\.?|\\d{1,3}(?:\\.\\d{1,3}){3}|\\[[0-9a-f:.]+\\])"
                    + "(?::\\d{1,5})?(?:[/?#]\\S*)?$");

    private FieldValidation() {
    }

    /**
     * Adds the problems of {@code field}'s value on {@code instance} to {@code messages}: choices, null,
     * blank, lengths, bounds, digits, formats, then the field's validators.
     *
     * @param field    the field to check; a many-to-many is skipped
     * @param instance the instance whose value is checked
     * @param messages where each problem is added as a message to show; nothing is added for a valid value
     */
    public static void validate(FieldInfo field, Entity instance, List<String> messages) {
        if (!field.hasColumn()) {
            return;
        }
        Object value = field.value(instance);
        if (value instanceof RelationValues.Key ref) {
            if (ref.hasUnsavedTarget()) {
                messages.add("The related " + field.relation().target().name() + " is not saved yet.");
                return;
            }
            value = ref.isSet() ? ref.id() : null;
        }
        boolean empty = field.kind() == FieldKind.JSON ? value == null : isEmpty(value);
        if (empty && field.isBlank()) {
            return;
        }
        // an empty value is checked by the blank rule below, not against the choices (as in Django)
        if (value != null && !empty && !field.choices().isEmpty()) {
            Object canonical = field.converter().toDb(value);
            if (!field.choices().contains(canonical)) {
                messages.add("Value '" + display(value) + "' is not a valid choice.");
                return;
            }
        }
        if (value == null) {
            // a field with a database default is filled by the database when left null
            if (!field.isNullable() && field.dbDefault() == null) {
                messages.add("This field cannot be null.");
            }
            return;
        }
        // an empty JSON object or list is a value, not a blank
        if (!field.isBlank() && empty) {
            messages.add("This field cannot be blank.");
            return;
        }
        checkKind(field, value, messages);
        for (Validator<Object> v : field.validators()) {
            try {
                v.validate(value);
            } catch (ValidationError e) {
                messages.addAll(e.messages());
            } catch (IllegalArgumentException | ClassCastException e) {
                messages.add(e.getMessage() == null ? "Enter a valid value." : e.getMessage());
            }
        }
    }

    private static void checkKind(FieldInfo f, Object value, List<String> messages) {
        if (value instanceof String s) {
            int length = s.codePointCount(0, s.length());
            if (f.maxLength() >= 0 && length > f.maxLength()) {
                messages.add("Ensure this value has at most " + f.maxLength() + " characters (it has " + length + ").");
            }
            if (f.minLength() > 0 && length < f.minLength()) {
                messages.add("Ensure this value has at least " + f.minLength() + " characters (it has " + length + ").");
            }
            if (f.kind() == FieldKind.EMAIL && !EMAIL.matcher(s).matches()) {
                messages.add("Enter a valid email address.");
            }
            if (f.kind() == FieldKind.URL && !URL.matcher(s).matches()) {
                messages.add("Enter a valid URL.");
            }
        }
        if (value instanceof byte[] b && f.maxLength() >= 0 && b.length > f.maxLength()) {
            messages.add("Ensure this value has at most " + f.maxLength() + " bytes (it has " + b.length + ").");
        }
        if (f.kind() == FieldKind.FLOAT && value instanceof Number n && !Double.isFinite(n.doubleValue())) {
            // NaN and infinities have no place between bounds (and no decimal form to compare)
            messages.add("'" + value + "' value must be a finite number.");
        } else if (value instanceof Number n && (f.minValue() != null || f.maxValue() != null)) {
            bounds(f, n, messages);
        }
        if (value instanceof BigDecimal d && f.kind() == FieldKind.DECIMAL) {
            digits(f, d, messages);
        }
        if (f.kind() == FieldKind.ARRAY && value instanceof Collection<?> c && f.arraySize() >= 0 && c.size() > f.arraySize()) {
            messages.add("List contains " + c.size() + " items, it should contain no more than " + f.arraySize() + ".");
        }
        if (f.kind() == FieldKind.JSON) {
            try {
                Json.write(value);
            } catch (IllegalArgumentException e) {
                messages.add(e.getMessage());
            }
        }
    }

    private static void bounds(FieldInfo f, Number n, List<String> messages) {
        BigDecimal v = n instanceof BigDecimal d ? d : new BigDecimal(n.toString());
        if (f.minValue() != null && v.compareTo(new BigDecimal(f.minValue().toString())) < 0) {
            messages.add("Ensure this value is greater than or equal to " + f.minValue() + ".");
        }
        if (f.maxValue() != null && v.compareTo(new BigDecimal(f.maxValue().toString())) > 0) {
            messages.add("Ensure this value is less than or equal to " + f.maxValue() + ".");
        }
    }

    private static void digits(FieldInfo f, BigDecimal d, List<String> messages) {
        BigDecimal stripped = d.stripTrailingZeros();
        int scale = Math.max(0, stripped.scale());
        int precision = stripped.precision() - Math.min(0, stripped.scale());
        int whole = Math.max(0, precision - scale);
        if (stripped.signum() == 0) {
            whole = 0;
            precision = scale;
        }
        if (precision > f.maxDigits()) {
            messages.add("Ensure that there are no more than " + f.maxDigits() + " digits in total.");
        } else if (scale > f.decimalPlaces()) {
            messages.add("Ensure that there are no more than " + f.decimalPlaces() + " decimal places.");
        } else if (whole > f.maxDigits() - f.decimalPlaces()) {
            messages.add("Ensure that there are no more than " + (f.maxDigits() - f.decimalPlaces()) + " digits before the decimal point.");
        }
    }

    static boolean isEmpty(Object value) {
        return value == null || (value instanceof String s && s.isEmpty())
                || (value instanceof Collection<?> c && c.isEmpty()) || (value instanceof Map<?, ?> m && m.isEmpty());
    }

    private static String display(Object value) {
        return value instanceof Enum<?> e ? e.name() : String.valueOf(value);
    }
}
