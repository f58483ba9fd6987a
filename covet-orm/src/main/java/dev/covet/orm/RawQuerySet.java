package dev.covet.orm;

import dev.covet.orm.db.Database;
import dev.covet.orm.internal.persist.RowReaders;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.query.Value;
import dev.covet.orm.sql.Sql;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Model instances from hand-written SQL ({@code Manager.raw}). Parameters use {@code ?} and are always
 * bound, never pasted into the text. Columns map to fields by name; extra columns become annotations.
 * Immutable.
 *
 * <pre>{@code Author.objects.raw("SELECT * FROM author WHERE created_at > ?", cutoff).list()}</pre>
 *
 * @param <T> the model
 */
public final class RawQuerySet<T extends Model> implements Iterable<T> {
    private final ModelInfo<T> model;
    private final String sql;
    private final List<Object> params;
    private final String using;

    RawQuerySet(ModelInfo<T> model, String sql, List<Object> params, String using) {
        this.model = model;
        this.sql = sql;
        this.params = params;
        this.using = using;
    }

    /**
     * The same raw query, run on the database configured under {@code alias}.
     *
     * @param alias the database alias
     * @return a copy that runs on that database
     */
    public RawQuerySet<T> using(String alias) {
        Covet.database(alias);
        return new RawQuerySet<>(model, sql, params, alias);
    }

    /**
     * Runs the SQL.
     *
     * @return the instances, one per row, in the order the SQL gives
     */
    public List<T> list() {
        Database db = database();
        List<Value> values = new ArrayList<>();
        for (Object p : params) {
            values.add(Value.of(p instanceof Model m ? m.pk() : p));
        }
        return List.copyOf(db.query(new Sql(sql, values), RowReaders.raw(model, db.dialect(),
                new RowReaders.Marks(db.alias(), false, Set.of()))));
    }

    /**
     * As {@code list(...)}, off the calling thread; the future completes with its result (refused inside {@code atomic}).
     *
     * @return a future of the instances
     */
    public CompletableFuture<List<T>> listAsync() {
        return database().async(this::list);
    }

    /** The database it runs on: the {@code using} alias, else where the routers read its model from. */
    private Database database() {
        if (using != null || Covet.routers().isEmpty()) {
            return Covet.database(using);
        }
        return Covet.database(Covet.routers().forRead(model, dev.covet.orm.routing.Hints.NONE));
    }

    @Override
    public Iterator<T> iterator() {
        return list().iterator();
    }
}
