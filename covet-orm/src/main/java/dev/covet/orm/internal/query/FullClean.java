package dev.covet.orm.internal.query;

import dev.covet.orm.Model;
import dev.covet.orm.QuerySet;
import dev.covet.orm.exception.ValidationError;
import dev.covet.orm.internal.persist.Validation;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.Instances;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.meta.ModelRegistry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code fullClean}: {@link Validation}'s checks of each field and of {@link Model#clean}, then, when asked, the
 * unique fields and unique-together groups against the database. Stateless; safe to call from any thread.
 */
public final class FullClean {
    private FullClean() {
    }

    /**
     * Validates {@code m}: each field, then {@link Model#clean}, then uniqueness when asked; every error in one ValidationError.
     *
     * @param m the instance
     * @param exclude fields not to validate
     * @param validateUnique whether to check unique fields against the database
     * @throws ValidationError naming every field that failed
     */
    public static void fullClean(Model m, Collection<String> exclude, boolean validateUnique) {
        Map<String, List<String>> errors = Validation.errors(m, exclude);
        if (validateUnique) {
            uniqueErrors(m, ModelRegistry.infoOf(m), exclude, errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationError(errors);
        }
    }

    private static void uniqueErrors(Model m, ModelInfo<?> info, Collection<String> exclude, Map<String, List<String>> errors) {
        boolean adding = Instances.isAdding(m);
        Object key = info.pk().dbValue(m);
        for (FieldInfo f : info.columns()) {
            if (!f.isUnique() || exclude.contains(f.name()) || errors.containsKey(f.name()) || (f.isPrimaryKey() && !adding)) {
                continue;
            }
            Object v = f.dbValue(m);
            if (v != null && taken(m, info, Map.of(f.name(), v), adding ? null : key)) {
                errors.computeIfAbsent(f.name(), k -> new ArrayList<>())
                        .add(capitalize(info.verboseName()) + " with this " + capitalize(f.verboseName()) + " already exists.");
            }
        }
        for (List<FieldInfo> group : info.uniqueTogether()) {
            Map<String, Object> lookup = new LinkedHashMap<>();
            boolean skip = false;
            for (FieldInfo f : group) {
                Object v = f.dbValue(m);
                if (v == null || exclude.contains(f.name()) || errors.containsKey(f.name())) {
                    skip = true;
                    break;
                }
                lookup.put(f.attname(), v);
            }
            if (!skip && taken(m, info, lookup, adding ? null : key)) {
                List<String> labels = group.stream().map(f -> capitalize(f.verboseName())).toList();
                errors.computeIfAbsent(ValidationError.NON_FIELD_ERRORS, k -> new ArrayList<>())
                        .add(capitalize(info.verboseName()) + " with this " + String.join(" and ", labels) + " already exists.");
            }
        }
    }

    private static boolean taken(Model m, ModelInfo<?> info, Map<String, Object> lookup, Object exceptKey) {
        QuerySet<? extends Model> qs = QuerySet.of(info.type().asSubclass(Model.class)).filter(lookup);
        String alias = Instances.database(m);
        if (alias != null) {
            qs = qs.using(alias);
        }
        if (exceptKey != null) {
            qs = qs.exclude("pk", exceptKey);
        }
        return qs.exists();
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
