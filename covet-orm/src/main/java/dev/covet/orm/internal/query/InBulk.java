package dev.covet.orm.internal.query;

import dev.covet.orm.Model;
import dev.covet.orm.QuerySet;
import dev.covet.orm.exception.FieldError;
import dev.covet.orm.internal.QuerySets;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.relation.Ref;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code QuerySet.inBulk}: rows by the values of a unique field, read in as few queries as fit. Stateless; safe to call from any thread. */
public final class InBulk {
    private InBulk() {
    }

    /**
     * {@code inBulk}: the rows of {@code qs} whose unique field {@code name} is one of {@code values}, by that value.
     *
     * @param <T> the model
     * @param qs the QuerySet to read from
     * @param values the values looked for
     * @param name a unique field
     * @return the instances by value, in the order read
     */
    public static <T extends Model> Map<Object, T> read(QuerySet<T> qs, Collection<?> values, String name) {
        ModelInfo<T> info = QuerySets.info(qs);
        FieldInfo field = info.findField(name);
        if (field == null || !field.hasColumn()) {
            throw FieldError.unknown(name, info.name(), info.columns().stream().map(FieldInfo::name).toList());
        }
        if (!field.isUnique()) {
            throw new FieldError("inBulk()'s field must be unique; " + field + " is not");
        }
        Map<Object, T> out = new LinkedHashMap<>();
        if (values.isEmpty()) {
            return out;
        }
        List<?> all = new ArrayList<>(values);
        // beside the keys: room for the parameters of the QuerySet's own filters
        int per = qs.database().dialect().features().rowsPerStatement(1, 10, 0);
        for (int from = 0; from < all.size(); from += per) {
            List<?> part = all.subList(from, Math.min(all.size(), from + per));
            for (T obj : qs.filter(field.name() + "__in", part).list()) {
                Object key = field.value(obj);
                out.put(key instanceof Ref<?> r ? r.id() : key, obj);
            }
        }
        return out;
    }
}
