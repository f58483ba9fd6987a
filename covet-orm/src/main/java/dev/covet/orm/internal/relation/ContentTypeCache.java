package dev.covet.orm.internal.relation;

import dev.covet.orm.Config;
import dev.covet.orm.Covet;
import dev.covet.orm.Model;
import dev.covet.orm.db.Database;
import dev.covet.orm.relation.ContentType;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The content types already read from one database, by class name and by key; each database keeps its
 * own ({@link Database#kept}), so a runtime never sees another's rows. A row created inside a
 * transaction is cached only once that transaction commits, so that a rollback cannot leave a key in
 * the cache that the database no longer has. {@link ContentType} and the generic prefetch read it. Thread-safe.
 */
public final class ContentTypeCache {
    private final Database database;
    private final Map<String, ContentType> byModel = new ConcurrentHashMap<>();
    private final Map<Object, ContentType> byId = new ConcurrentHashMap<>();

    private ContentTypeCache(Database database) {
        this.database = database;
    }

    /**
     * The cache of database {@code alias} of the current runtime.
     *
     * @param alias the database alias, or null for {@code default}
     * @return that database's cache
     */
    public static ContentTypeCache of(String alias) {
        return Covet.database(alias == null ? Config.DEFAULT : alias).kept(ContentTypeCache.class, ContentTypeCache::new);
    }

    /** Forgets every row cached for the current runtime's databases. */
    public static void clear() {
        if (Covet.currentRuntime().isEmpty()) {
            return;
        }
        for (String alias : Covet.aliases()) {
            ContentTypeCache cache = of(alias);
            cache.byModel.clear();
            cache.byId.clear();
        }
    }

    /**
     * The content type of {@code type} on database {@code alias} if its row exists (no row is made), or null.
     *
     * @param type the model class
     * @param alias the database alias, or null for {@code default}
     * @return its content type, or null
     */
    public static ContentType existing(Class<? extends Model> type, String alias) {
        ContentTypeCache cache = of(alias);
        ContentType cached = cache.byModel(type.getName());
        if (cached != null) {
            return cached;
        }
        ContentType found = ContentType.objects.all().using(alias).filter("model", type.getName()).first().orElse(null);
        if (found != null) {
            cache.remember(found, false);
        }
        return found;
    }

    /**
     * The cached content type of the model class named {@code className}.
     *
     * @param className a model's fully qualified class name
     * @return the content type, or null if not cached
     */
    public ContentType byModel(String className) {
        return byModel.get(className);
    }

    /**
     * The cached content type with primary key {@code id}.
     *
     * @param id a content type's primary key
     * @return the content type, or null if not cached
     */
    public ContentType byId(Object id) {
        return id instanceof Number n ? byId.get(n.longValue()) : byId.get(id);
    }

    /**
     * Caches {@code ct}; a row {@code created} inside a transaction only once that transaction commits.
     *
     * @param ct a content type read or created
     * @param created whether it was just created
     */
    public void remember(ContentType ct, boolean created) {
        if (created && database.inTransaction()) {
            database.onCommit(() -> put(ct));
        } else {
            put(ct);
        }
    }

    private void put(ContentType ct) {
        byModel.putIfAbsent(ct.model, ct);
        byId.putIfAbsent(ct.id, ct);
    }
}
