package dev.covet.orm.query;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.ModelInfo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tree of forward relations a query loads in the same SELECT ({@code selectRelated("author__publisher")}).
 *
 * @param children the relations loaded from this level, by field name, each with its own subtree
 */
public record SelectRelated(Map<String, SelectRelated> children) {
    static final SelectRelated EMPTY = new SelectRelated(Map.of());
    /** How deep {@code selectRelated()} without arguments follows, as Django's default. */
    private static final int MAX_DEPTH = 5;

    /** Copies the children into an unmodifiable map that keeps their order. */
    public SelectRelated {
        children = Collections.unmodifiableMap(new LinkedHashMap<>(children));
    }

    SelectRelated with(ModelInfo<?> model, String[] parts) {
        if (parts.length == 0) {
            return this;
        }
        FieldInfo f = model.findField(parts[0]);
        if (f == null || f.relation() == null || !f.relation().isForward()) {
            List<String> choices = model.columns().stream().filter(c -> c.relation() != null).map(FieldInfo::name).toList();
            throw new FieldError("Invalid field name given in selectRelated: '" + parts[0] + "' is not a foreign key or "
                    + "one-to-one field of " + model.name() + ". Choices are: " + (choices.isEmpty() ? "(none)" : String.join(", ", choices)));
        }
        Map<String, SelectRelated> next = new LinkedHashMap<>(children);
        SelectRelated child = next.getOrDefault(f.name(), EMPTY);
        next.put(f.name(), child.with(f.relation().target(), java.util.Arrays.copyOfRange(parts, 1, parts.length)));
        return new SelectRelated(next);
    }

    static SelectRelated allNonNull(ModelInfo<?> model) {
        return allNonNull(model, 0);
    }

    private static SelectRelated allNonNull(ModelInfo<?> model, int depth) {
        Map<String, SelectRelated> next = new LinkedHashMap<>();
        if (depth < MAX_DEPTH) {
            for (FieldInfo f : model.columns()) {
                if (f.relation() != null && f.relation().isForward() && !f.isNullable()) {
                    next.put(f.name(), allNonNull(f.relation().target(), depth + 1));
                }
            }
        }
        return new SelectRelated(next);
    }
}
