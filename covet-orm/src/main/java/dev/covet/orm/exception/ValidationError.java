package dev.covet.orm.exception;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One or more values are invalid. {@link #errors()} maps each field name to its
 * messages; errors that belong to no single field are filed under {@link #NON_FIELD_ERRORS}.
 *
 * <pre>{@code
 * try { user.fullClean(); }
 * catch (ValidationError e) { e.errors().get("email"); }   // ["Enter a valid email address."]
 * }</pre>
 */
public class ValidationError extends CovetException {
    /** The key under which model-wide errors (from {@code clean()}) are filed. */
    public static final String NON_FIELD_ERRORS = "__all__";

    /** The messages per field name. */
    private final Map<String, List<String>> errors;

    /**
     * Creates the error.
     *
     * @param errors the messages per field name, with model-wide ones under {@link #NON_FIELD_ERRORS}; copied
     */
    public ValidationError(Map<String, List<String>> errors) {
        super(describe(errors));
        Map<String, List<String>> copy = new LinkedHashMap<>();
        errors.forEach((field, messages) -> copy.put(field, List.copyOf(messages)));
        this.errors = Collections.unmodifiableMap(copy);
    }

    /**
     * An error on one field.
     *
     * @param field the field name the message belongs to
     * @param message the message, such as "Enter a valid email address."
     * @return the error, for the caller to throw
     */
    public static ValidationError of(String field, String message) {
        return new ValidationError(Map.of(field, List.of(message)));
    }

    /**
     * An error that belongs to the instance as a whole.
     *
     * @param message the message, filed under {@link #NON_FIELD_ERRORS}
     */
    public ValidationError(String message) {
        this(Map.of(NON_FIELD_ERRORS, List.of(message)));
    }

    /**
     * Field name to its messages, in the order the fields were checked.
     *
     * @return the messages per field name, unmodifiable
     */
    public Map<String, List<String>> errors() {
        return errors;
    }

    /**
     * Every message, field by field.
     *
     * @return all messages, those of the first field checked first
     */
    public List<String> messages() {
        List<String> all = new ArrayList<>();
        errors.values().forEach(all::addAll);
        return all;
    }

    private static String describe(Map<String, List<String>> errors) {
        return errors.entrySet().stream()
                .map(e -> e.getKey() + ": " + String.join(" ", e.getValue()))
                .collect(Collectors.joining("; "));
    }
}
