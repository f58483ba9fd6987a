package dev.covet.processor;

import dev.covet.orm.field.FieldKind;
import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.query.LookupType;
import dev.covet.orm.query.Transforms;
import dev.covet.processor.ModelShape.Member;
import dev.covet.processor.ModelShape.Member.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks one lookup string against the models the processor knows, as Covet's runtime would resolve it,
 * and words what is wrong the way the runtime's {@code FieldError} does. A name the processor cannot see
 * (past a generic relation, on a model it does not know in full) passes: a check must never be wrong.
 */
final class LookupPaths {
    /** Where a lookup string is used, which decides what may follow a field. */
    enum Use {
        /** filter, exclude, get, Q.of: a path, then transforms and a lookup */
        FILTER,
        /** values, valuesList, only, defer, F.of: a path to a field */
        FIELD,
        /** orderBy: a field path, with an optional leading '-', or '?' */
        ORDER,
        /** selectRelated: forward relations only */
        SELECT_RELATED,
        /** prefetchRelated: any relation, reverse ones by their accessor */
        PREFETCH
    }

    private final ModelRegistry models;
    private final Set<String> extraNames;

    LookupPaths(ModelRegistry models, Set<String> extraNames) {
        this.models = models;
        this.extraNames = extraNames;
    }

    /** What is wrong with {@code path} on {@code model} used as {@code use}, or null when nothing is (or nothing can be told). */
    String check(ModelShape model, String path, Use use) {
        if (use == Use.ORDER) {
            if (path.equals("?")) {
                return null;
            }
            if (path.startsWith("-")) {
                path = path.substring(1);
            }
        }
        String[] parts = path.split("__", -1);
        for (String p : parts) {
            if (p.isEmpty()) {
                return "Malformed lookup '" + path + "': empty name between '__' separators";
            }
        }
        if (use == Use.SELECT_RELATED || use == Use.PREFETCH) {
            return checkRelations(model, parts, use);
        }
        ModelShape current = model;
        for (int i = 0; i < parts.length; i++) {
            String name = parts[i];
            Member m = name.equals("pk") ? current.pk() : current.member(name);
            if (m == null) {
                return current.complete ? unknown(name, current) : null;
            }
            switch (m.kind()) {
                case OPAQUE -> {
                    return null;
                }
                case COLUMN, RAW_KEY -> {
                    return tail(current, m, m.storage(models), parts, i + 1, use);
                }
                default -> {
                    if (i == parts.length - 1) {
                        return null;
                    }
                    ModelShape target = m.target() == null ? null : models.shape(m.target());
                    if (target == null) {
                        return null;
                    }
                    String next = parts[i + 1];
                    if (next.equals("pk") || target.member(next) != null) {
                        current = target;
                        continue;
                    }
                    if (use == Use.FILTER && isLookupOrTransform(next)) {
                        return tail(current, m, m.storage(models), parts, i + 1, use);
                    }
                    return target.complete ? unknown(next, target) : null;
                }
            }
        }
        return null;
    }

    private String checkRelations(ModelShape model, String[] parts, Use use) {
        ModelShape current = model;
        for (String name : parts) {
            Member m = current.member(name);
            if (use == Use.PREFETCH && (m == null || m.kind() == Kind.REVERSE || m.kind() == Kind.REVERSE_ONE)) {
                m = current.accessors.get(name);
            }
            if (m != null && m.kind() == Kind.OPAQUE) {
                return null;
            }
            boolean fits = m != null && (use == Use.SELECT_RELATED ? m.kind() == Kind.FORWARD : m.isRelation());
            if (!fits) {
                if (!current.complete) {
                    return null;
                }
                List<String> choices = new ArrayList<>();
                for (Member c : current.members.values()) {
                    if (c.kind() == Kind.FORWARD || (use == Use.PREFETCH && (c.kind() == Kind.MANY_TO_MANY || c.kind() == Kind.OPAQUE))) {
                        choices.add(c.name());
                    }
                }
                if (use == Use.PREFETCH) {
                    choices.addAll(current.accessors.keySet());
                    return "Cannot prefetch '" + name + "': it is not a relation of " + current.name
                            + ". Choices are: " + list(choices);
                }
                return "Invalid field name given in selectRelated: '" + name + "' is not a foreign key or one-to-one field of "
                        + current.name + ". Choices are: " + list(choices);
            }
            current = m.target() == null ? null : models.shape(m.target());
            if (current == null) {
                return null;
            }
        }
        return null;
    }

    /** The transforms and lookup after a field: each must exist and apply to what comes before it. */
    private String tail(ModelShape model, Member field, Storage storage, String[] parts, int from, Use use) {
        if (from == parts.length || field.fieldKind() == FieldKind.JSON || field.fieldKind() == FieldKind.ARRAY) {
            return null;
        }
        Storage s = storage;
        for (int j = from; j < parts.length; j++) {
            String name = parts[j];
            if (extraNames.contains(name)) {
                s = null;
                continue;
            }
            Transforms.Definition transform = Transforms.named(name);
            if (transform != null && (s == null || transform.appliesTo(s))) {
                s = null;   // what a transform gives is for the runtime to tell
                continue;
            }
            LookupType lookup = LookupType.named(name);
            boolean last = j == parts.length - 1;
            if (lookup != null && last && (s == null || lookup.appliesTo(s))) {
                return null;
            }
            if (lookup != null && use != Use.FILTER) {
                return null;   // a lookup where none belongs: the runtime says what it makes of it
            }
            return unsupported(name, field, model, j == from ? storage : null);
        }
        return null;
    }

    private boolean isLookupOrTransform(String name) {
        return extraNames.contains(name) || LookupType.named(name) != null || Transforms.named(name) != null;
    }

    /** As the runtime's FieldError.unknown: "Cannot resolve keyword 'x' into field of Book. Choices are: ...". */
    private static String unknown(String name, ModelShape model) {
        return "Cannot resolve keyword '" + name + "' into field of " + model.name + ". Choices are: " + String.join(", ", model.choices());
    }

    private String unsupported(String name, Member field, ModelShape model, Storage s) {
        List<String> choices = new ArrayList<>(LookupType.namesFor(s));
        if (s != null) {
            choices.addAll(Transforms.namesFor(s));
        }
        choices.addAll(extraNames);
        return "Unsupported lookup '" + name + "' for field '" + field.name() + "' of " + model.name
                + (s == null ? "" : " (" + s.name().toLowerCase(Locale.ROOT) + ")") + ". Choices are: " + list(choices);
    }

    private static String list(List<String> choices) {
        return choices.isEmpty() ? "(none)" : String.join(", ", choices);
    }
}
