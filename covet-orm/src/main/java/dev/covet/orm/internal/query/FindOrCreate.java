package dev.covet.orm.internal.query;

import dev.covet.orm.GetOrCreate;
import dev.covet.orm.Model;
import dev.covet.orm.Q;
import dev.covet.orm.QuerySet;
import dev.covet.orm.SaveOptions;
import dev.covet.orm.db.Database;
import dev.covet.orm.db.RetryPolicy;
import dev.covet.orm.exception.DoesNotExist;
import dev.covet.orm.exception.FieldError;
import dev.covet.orm.exception.IntegrityError;
import dev.covet.orm.internal.QuerySets;
import dev.covet.orm.internal.persist.InstanceValues;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.meta.Where;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code getOrCreate} and {@code updateOrCreate}: the row a lookup finds, else one created from the lookup's exact
 * conditions, safe against a racing insert of the same key. Stateless; safe to call from any thread.
 */
public final class FindOrCreate {
    private FindOrCreate() {
    }

    /**
     * {@code getOrCreate}: the row {@code lookup} finds, else one created from its exact conditions and {@code defaults};
     * a racing insert of the same key returns the winner's row.
     *
     * @param <T> the model
     * @param qs the QuerySet to look in
     * @param lookup plain AND-ed conditions
     * @param defaults further field values for a new row
     * @return the object and whether it was created
     */
    public static <T extends Model> GetOrCreate<T> getOrCreate(QuerySet<T> qs, Q lookup, Map<String, ?> defaults) {
        // InnoDB may pick one of two racing inserts of a key as a deadlock victim and roll its whole
        // transaction back; with no enclosing transaction lost, trying again finds or waits for the winner's row
        if (qs.database().inTransaction()) {
            return findOrCreate(qs, lookup, defaults);
        }
        return RetryPolicy.DEFAULT.call(() -> findOrCreate(qs, lookup, defaults));
    }

    private static <T extends Model> GetOrCreate<T> findOrCreate(QuerySet<T> qs, Q lookup, Map<String, ?> defaults) {
        try {
            return new GetOrCreate<>(qs.get(lookup), false);
        } catch (DoesNotExist missing) {
            // fall through and create it
        }
        Map<String, Object> params = createParams(QuerySets.info(qs), lookup);
        params.putAll(defaults);
        Database db = qs.database();
        try {
            T created = db.atomic(() -> qs.create(params));
            return new GetOrCreate<>(created, true);
        } catch (IntegrityError e) {
            // another caller inserted the same key between our get and create: return theirs. Inside a
            // transaction a plain read may not see it (InnoDB's REPEATABLE READ reads the snapshot of the
            // transaction's first read); a locking read sees the latest committed row. A share lock, since
            // racing losers already hold one from their failed insert and two exclusive requests would deadlock.
            boolean locking = db.inTransaction() && db.dialect().features().supportsSelectForUpdate();
            try {
                return new GetOrCreate<>((locking ? QuerySets.lockedForShare(qs) : qs).get(lookup), false);
            } catch (DoesNotExist stillMissing) {
                throw e;
            }
        }
    }

    /**
     * {@code updateOrCreate}: the row {@code lookup} finds, updated with {@code defaults}, else one created with them.
     *
     * @param <T> the model
     * @param qs the QuerySet to look in
     * @param lookup plain AND-ed conditions
     * @param defaults field values to set
     * @return the object and whether it was created
     */
    public static <T extends Model> GetOrCreate<T> updateOrCreate(QuerySet<T> qs, Q lookup, Map<String, ?> defaults) {
        return updateOrCreate(qs, lookup, defaults, defaults);
    }

    /**
     * As Django 5.0: {@code createDefaults} fill a new row, {@code defaults} update a found one.
     *
     * @param <T> the model
     * @param qs the QuerySet to look in
     * @param lookup plain AND-ed conditions
     * @param defaults field values to set on a found row
     * @param createDefaults field values for a new row
     * @return the object and whether it was created
     */
    public static <T extends Model> GetOrCreate<T> updateOrCreate(QuerySet<T> qs, Q lookup, Map<String, ?> defaults, Map<String, ?> createDefaults) {
        Database db = qs.database();
        return db.atomic(() -> {
            QuerySet<T> locking = db.dialect().features().supportsSelectForUpdate() ? qs.selectForUpdate() : qs;
            GetOrCreate<T> found = getOrCreate(locking, lookup, createDefaults);
            if (found.created()) {
                return found;
            }
            T obj = found.object();
            InstanceValues.assign(obj, defaults, true);
            obj.save(SaveOptions.DEFAULT.withDatabase(db.alias()));
            return new GetOrCreate<>(obj, false);
        });
    }

    /** The exact conditions of {@code lookup} as field values for a new row (lookups with {@code __} are left out, as in Django). */
    private static Map<String, Object> createParams(ModelInfo<?> info, Where lookup) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (lookup.isNegated() || (lookup.isOr() && lookup.children().size() > 1)) {
            throw new FieldError("getOrCreate() needs plain AND-ed conditions to create from, not " + lookup);
        }
        for (Object child : lookup.children()) {
            if (child instanceof Where w) {
                out.putAll(createParams(info, w));
                continue;
            }
            Where.Condition c = (Where.Condition) child;
            String name = c.lookup().endsWith("__exact") ? c.lookup().substring(0, c.lookup().length() - 7) : c.lookup();
            if (!name.contains("__")) {
                out.put(name.equals("pk") ? info.pk().name() : name, c.value());
            }
        }
        return out;
    }
}
