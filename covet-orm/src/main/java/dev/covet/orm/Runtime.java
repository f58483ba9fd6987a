package dev.covet.orm;

import dev.covet.orm.exception.ImproperlyConfigured;
import dev.covet.orm.db.Database;
import dev.covet.orm.db.DatabaseSettings;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.meta.ModelRegistry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The open databases and registered models of one {@link Covet#setup(Config)}. */
final class Runtime {
    private final Config config;
    private final Map<String, Database> databases;
    private final List<ModelInfo<?>> models;
    private final dev.covet.orm.routing.Routers routers;

    private Runtime(Config config, Map<String, Database> databases, List<ModelInfo<?>> models) {
        this.config = config;
        this.routers = config.routers().isEmpty() ? dev.covet.orm.routing.Routers.NONE : new dev.covet.orm.routing.Routers(config.routers());
        this.databases = databases;
        this.models = models;
    }

    /** Registers the models and opens every database; if one cannot be opened, closes the others and fails. */
    static Runtime open(Config config) {
        ModelRegistry.register(config.models());
        List<ModelInfo<?>> models = new ArrayList<>();
        for (Class<? extends Model> type : config.models()) {
            models.add(ModelRegistry.info(type));
        }
        // to a fixed point: a model may be reached only through another one added here (Post -> Comment -> ContentType)
        boolean grew = true;
        while (grew) {
            grew = false;
            for (ModelInfo<?> m : ModelRegistry.all()) {
                if (!models.contains(m) && isReferenced(m, models)) {
                    models.add(m);
                    grew = true;
                }
            }
        }
        Map<String, Database> open = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, DatabaseSettings> e : config.databases().entrySet()) {
                open.put(e.getKey(), Database.open(e.getKey(), e.getValue()));
            }
        } catch (RuntimeException e) {
            open.values().forEach(db -> {
                try {
                    db.close();
                } catch (RuntimeException suppressed) {
                    e.addSuppressed(suppressed);
                }
            });
            throw e;
        }
        for (Database db : open.values()) {
            Warmup.run(models, db.dialect());
            db.warmUp();
        }
        return new Runtime(config, Collections.unmodifiableMap(open), List.copyOf(models));
    }

    private static boolean isReferenced(ModelInfo<?> m, List<ModelInfo<?>> models) {
        for (ModelInfo<?> other : models) {
            if (other.genericRelations().stream().anyMatch(g -> g.relatedModel() == m)) {
                return true;
            }
            for (var f : other.fields()) {
                if (f.relation() != null && (f.relation().target() == m
                        || (f.relation().through() != null && f.relation().through() == m.type()))) {
                    return true;
                }
            }
        }
        return false;
    }

    Config config() {
        return config;
    }

    Database database(String alias) {
        Database db = databases.get(alias == null ? Config.DEFAULT : alias);
        if (db == null) {
            throw new ImproperlyConfigured("No database is configured under '" + alias + "'; configured: " + databases.keySet());
        }
        return db;
    }

    dev.covet.orm.routing.Routers routers() {
        return routers;
    }

    Map<String, Database> databases() {
        return databases;
    }

    /** The models registered for this setup (with those they point at). */
    List<ModelInfo<?>> models() {
        return models;
    }

    void close() {
        RuntimeException first = null;
        for (Database db : databases.values()) {
            try {
                db.close();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
