package dev.covet.orm.relation;

import dev.covet.orm.Config;
import dev.covet.orm.Covet;
import dev.covet.orm.db.Database;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The content types already read from one database, by class name and by key; each database keeps its
 * own ({@link Database#kept}), so a runtime never sees another's rows. A row created inside a
 * transaction is cached only once that transaction commits, so that a rollback cannot leave a key in
 * the cache that the database no longer has. Thread-safe.
 */
final class ContentTypeCache {
    private final Database database;
    private final Map<String, ContentType> byModel = new ConcurrentHashMap<>();
    private final Map<Object, ContentType> byId = new ConcurrentHashMap<>();

    private ContentTypeCache(Database database) {
        this.database = database;
    }

    /** The cache of database {@code alias} of the current runtime. */
    static ContentTypeCache of(String alias) {
        return Covet.database(alias == null ? Config.DEFAULT : alias).kept(ContentTypeCache.class, ContentTypeCache::new);
    }

    /** Forgets every row cached for the current runtime's databases. */
    static void clear() {
        if (Covet.currentRuntime().isEmpty()) {
            return;
        }
        for (String alias : Covet.aliases()) {
            ContentTypeCache cache = of(alias);
            cache.byModel.clear();
            cache.byId.clear();
        }
    }

    ContentType byModel(String className) {
        return byModel.get(className);
    }

    ContentType byId(Object id) {
        return id instanceof Number n ? byId.get(n.longValue()) : byId.get(id);
    }

    void remember(ContentType ct, boolean created) {
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
