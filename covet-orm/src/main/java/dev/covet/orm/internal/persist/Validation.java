package dev.covet.orm.internal.persist;

import dev.covet.orm.exception.ValidationError;
import dev.covet.orm.meta.Entity;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.FieldValidation;
import dev.covet.orm.meta.Instances;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.meta.ModelRegistry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates a model instance without the database: each field, then the model's own {@code clean()}. The
 * checks of unique fields against the database, which {@code fullClean} adds, are above, in
 * {@code internal.query.FullClean}. Stateless; safe to call from any thread.
 */
public final class Validation {
    private Validation() {
    }

    /**
     * Validates {@code m}: each field, then its {@code clean()}; every error in one ValidationError.
     *
     * @param m the instance
     * @param exclude fields not to validate
     * @throws ValidationError naming every field that failed
     */
    public static void clean(Entity m, Collection<String> exclude) {
        Map<String, List<String>> errors = errors(m, exclude);
        if (!errors.isEmpty()) {
            throw new ValidationError(errors);
        }
    }

    /**
     * The errors of each field of {@code m}, then of its {@code clean()}, by field name.
     *
     * @param m the instance
     * @param exclude fields not to validate
     * @return the messages by field ({@link ValidationError#NON_FIELD_ERRORS} for the model's own); empty when valid
     */
    public static Map<String, List<String>> errors(Entity m, Collection<String> exclude) {
        ModelInfo<?> info = ModelRegistry.infoOf(m);
        Map<String, List<String>> errors = new LinkedHashMap<>();
        Set<String> deferred = Instances.deferred(m);
        for (FieldInfo f : info.fields()) {
            if (exclude.contains(f.name()) || deferred.contains(f.name())) {
                continue;
            }
            List<String> messages = new ArrayList<>();
            FieldValidation.validate(f, m, messages);
            if (!messages.isEmpty()) {
                errors.put(f.name(), messages);
            }
        }
        try {
            m.clean();
        } catch (ValidationError e) {
            e.errors().forEach((field, messages) -> errors.computeIfAbsent(field, k -> new ArrayList<>()).addAll(messages));
        }
        return errors;
    }
}
