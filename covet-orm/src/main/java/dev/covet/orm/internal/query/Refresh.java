package dev.covet.orm.internal.query;

import dev.covet.orm.Config;
import dev.covet.orm.Model;
import dev.covet.orm.QuerySet;
import dev.covet.orm.internal.persist.InstanceValues;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.Instances;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.relation.Ref;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reloads a saved instance's fields from its row ({@code refreshFromDb}), and a deferred field when it is first read.
 * Stateless; safe to call from any thread.
 */
public final class Refresh {
    private Refresh() {
    }

    /**
     * Reloads the named fields of {@code m} (all loaded ones when none) from its row.
     *
     * @param m a saved instance
     * @param names field names, or none
     */
    public static void refresh(Model m, String... names) {
        ModelInfo<?> info = ModelRegistry.infoOf(m);
        Object key = info.pk().dbValue(m);
        if (key == null) {
            throw new IllegalStateException("Cannot refresh an unsaved " + info.name() + " (it has no primary key)");
        }
        List<FieldInfo> fields = new ArrayList<>();
        Set<String> deferred = Instances.deferred(m);
        if (names.length == 0) {
            for (FieldInfo f : info.columns()) {
                if (!deferred.contains(f.name())) {
                    fields.add(f);
                }
            }
        } else {
            for (String n : names) {
                fields.add(InstanceValues.column(info, n));
            }
        }
        QuerySet<? extends Model> qs = QuerySet.of(info.type().asSubclass(Model.class));
        String alias = Instances.database(m);
        if (alias != null) {
            qs = qs.using(alias);
        }
        qs = qs.only(fields.stream().map(FieldInfo::name).toArray(String[]::new));
        Model fresh = qs.get("pk", key);
        for (FieldInfo f : fields) {
            Object v = f.value(fresh);
            if (v instanceof Ref<?> r) {
                ((Ref<?>) f.value(m)).setId(r.id());
            } else {
                f.setValue(m, v);
            }
        }
        if (!deferred.isEmpty()) {
            Set<String> still = new LinkedHashSet<>(deferred);
            fields.forEach(f -> still.remove(f.name()));
            Instances.setDeferred(m, Set.copyOf(still));
        }
        Instances.loaded(m, Instances.database(m) == null ? Config.DEFAULT : Instances.database(m));
    }

    /**
     * Loads {@code f} of {@code m} from the database if it was deferred.
     *
     * @param m the instance
     * @param f the field
     */
    public static void loadIfDeferred(Model m, FieldInfo f) {
        if (Instances.deferred(m).contains(f.name())) {
            refresh(m, f.name());
        }
    }

    /**
     * The values of the named column fields of {@code m} (all when none), a relation as its key.
     *
     * @param m the instance
     * @param names field names, or none for every column
     * @return the values by field name, in order
     */
    public static Map<String, Object> toDict(Model m, String... names) {
        ModelInfo<?> info = ModelRegistry.infoOf(m);
        List<FieldInfo> fields = new ArrayList<>();
        if (names.length == 0) {
            fields.addAll(info.columns());
        } else {
            for (String n : names) {
                fields.add(InstanceValues.column(info, n));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (FieldInfo f : fields) {
            loadIfDeferred(m, f);
            Object v = f.value(m);
            out.put(f.name(), v instanceof Ref<?> r ? r.id() : v);
        }
        return out;
    }
}
