package dev.covet.orm.relation;

import dev.covet.orm.Config;
import dev.covet.orm.Covet;
import dev.covet.orm.db.Database;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The content types already read, per database alias, by class name and by key. An alias that names
 * another database than when its entries were cached (Covet was set up again) starts afresh. A row
 * created inside a transaction is cached only once that transaction commits, so that a rollback cannot
 * leave a key in the cache that the database no longer has. Thread-safe.
 */
final class ContentTypeCache {
    private static final Map<String, ContentTypeCache> BY_ALIAS = new ConcurrentHashMap<>();

    private final Database database;
    private final Map<String, ContentType> byModel = new ConcurrentHashMap<>();
    private final Map<Object, ContentType> byId = new ConcurrentHashMap<>();

    private ContentTypeCache(Database database) {
        this.database = database;
    }

    static ContentTypeCache of(String alias) {
        String key = alias == null ? Config.DEFAULT : alias;
        Database db = Covet.database(key);
        ContentTypeCache cache = BY_ALIAS.get(key);
        if (cache != null && cache.database == db) {
            return cache;
        }
        return BY_ALIAS.compute(key, (k, old) -> old != null && old.database == db ? old : new ContentTypeCache(db));
    }

    static void clear() {
        BY_ALIAS.clear();
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
