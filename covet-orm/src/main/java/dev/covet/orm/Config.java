package dev.covet.orm;

import dev.covet.orm.exception.ImproperlyConfigured;
import dev.covet.orm.exception.StrictLoadingError;
import dev.covet.orm.db.DatabaseSettings;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What {@link Covet#setup(Config)} needs: the databases by alias (one must be {@code default})
 * and the models. Immutable; made with {@link #builder()}.
 *
 * <pre>{@code
 * Covet.setup(Config.builder()
 *     .database("default", "sqlite:blog.db")
 *     .database("reports", "postgresql://app@db/reports", db -> db.maxPoolSize(20))
 *     .database("legacy", legacyDataSource)                 // a pool the application made
 *     .models(Author.class, Book.class, Tag.class)
 *     .build());
 * }</pre>
 */
public final class Config {
    /** The alias every call uses unless told otherwise. */
    public static final String DEFAULT = "default";

    private final Map<String, DatabaseSettings> databases;
    private final List<Class<? extends Model>> models;
    private final boolean strictLoading;
    private final List<dev.covet.orm.routing.Router> routers;

    private Config(Builder b) {
        this.databases = Collections.unmodifiableMap(new LinkedHashMap<>(b.databases));
        this.models = List.copyOf(b.models);
        this.strictLoading = b.strictLoading;
        this.routers = List.copyOf(b.routers);
    }

    /**
     * The routers, asked in order (see {@link dev.covet.orm.routing.Router}).
     *
     * @return the routers; empty when reads and writes go to the instance's database or {@code default}
     */
    public List<dev.covet.orm.routing.Router> routers() {
        return routers;
    }

    /**
     * A builder of a configuration: databases, models and options.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The databases by alias.
     *
     * @return alias to settings, {@code default} among them
     */
    public Map<String, DatabaseSettings> databases() {
        return databases;
    }

    /**
     * The model classes Covet registers.
     *
     * @return the model classes, as given to the builder
     */
    public List<Class<? extends Model>> models() {
        return models;
    }

    /**
     * Does touching an unloaded relation raise {@link StrictLoadingError} everywhere?
     *
     * @return true when strict loading is on for every QuerySet
     */
    public boolean strictLoading() {
        return strictLoading;
    }

    /** Builds a {@link Config}. Not thread-safe. */
    public static final class Builder {
        private final Map<String, DatabaseSettings> databases = new LinkedHashMap<>();
        private final List<Class<? extends Model>> models = new ArrayList<>();
        private boolean strictLoading;
        private final List<dev.covet.orm.routing.Router> routers = new ArrayList<>();

        private Builder() {
        }

        /**
         * The {@code default} database.
         *
         * @param url the database URL, such as {@code sqlite:app.db} or {@code postgresql://user@host/db}
         * @return this builder
         */
        public Builder database(String url) {
            return database(DEFAULT, url);
        }

        /**
         * A database under {@code alias}; {@code url} is {@code sqlite:...}, {@code postgresql://...}, {@code mysql://...}.
         *
         * @param alias the name queries use to pick it ({@code using(alias)})
         * @param url the database URL
         * @return this builder
         */
        public Builder database(String alias, String url) {
            return database(alias, url, settings -> {
            });
        }

        /**
         * A database under {@code alias}, with its pool and timeouts tuned by {@code tune}.
         *
         * @param alias the name queries use to pick it ({@code using(alias)})
         * @param url the database URL
         * @param tune changes the default settings (pool size, timeouts, read-only, ...)
         * @return this builder
         */
        public Builder database(String alias, String url, Consumer<DatabaseSettings.Builder> tune) {
            if (alias == null || alias.isBlank()) {
                throw new ImproperlyConfigured("A database alias must not be empty");
            }
            if (databases.containsKey(alias)) {
                throw new ImproperlyConfigured("Database alias '" + alias + "' is configured twice");
            }
            DatabaseSettings.Builder b = DatabaseSettings.builder(url);
            tune.accept(b);
            databases.put(alias, b.build());
            return this;
        }

        /**
         * A database under {@code alias} on {@code dataSource}, a pool the application made (and closes:
         * Covet never does). The dialect is read from the connection's metadata.
         *
         * @param alias the name queries use to pick it ({@code using(alias)})
         * @param dataSource the application's pool; Covet borrows connections from it
         * @return this builder
         */
        public Builder database(String alias, DataSource dataSource) {
            return database(alias, dataSource, settings -> {
            });
        }

        /**
         * A database under {@code alias} on {@code dataSource}, tuned by {@code tune}: the transaction
         * manager to join ({@link DatabaseSettings.Builder#outerTransactions}), the dialect, the executor.
         *
         * @param alias the name queries use to pick it ({@code using(alias)})
         * @param dataSource the application's pool; Covet borrows connections from it
         * @param tune changes the default settings
         * @return this builder
         */
        public Builder database(String alias, DataSource dataSource, Consumer<DatabaseSettings.Builder> tune) {
            if (alias == null || alias.isBlank()) {
                throw new ImproperlyConfigured("A database alias must not be empty");
            }
            DatabaseSettings.Builder b = DatabaseSettings.builder(dataSource);
            tune.accept(b);
            return database(alias, b.build());
        }

        /**
         * A database under {@code alias} from ready-made settings.
         *
         * @param alias the name queries use to pick it ({@code using(alias)})
         * @param settings the database's settings
         * @return this builder
         */
        public Builder database(String alias, DatabaseSettings settings) {
            if (databases.containsKey(alias)) {
                throw new ImproperlyConfigured("Database alias '" + alias + "' is configured twice");
            }
            databases.put(alias, settings);
            return this;
        }

        /**
         * The models to register; models they point at are registered too.
         *
         * @param types the model classes, added to those given before
         * @return this builder
         */
        @SafeVarargs
        public final Builder models(Class<? extends Model>... types) {
            models.addAll(List.of(types));
            return this;
        }

        /**
         * Registers the model classes {@code types}.
         *
         * @param types the model classes, added to those given before
         * @return this builder
         */
        public Builder models(List<Class<? extends Model>> types) {
            models.addAll(types);
            return this;
        }

        /**
         * Makes touching any unloaded relation raise {@link StrictLoadingError}: the N+1 guard.
         *
         * @param on true to raise on every lazy load (default false)
         * @return this builder
         */
        public Builder strictLoading(boolean on) {
            strictLoading = on;
            return this;
        }

        /**
         * Routers that pick the database of each read and write, asked in order (Django's
         * {@code DATABASE_ROUTERS}); see {@link dev.covet.orm.routing.Router}.
         *
         * @param routers the routers, in the order they are asked
         * @return this builder
         */
        public Builder routers(dev.covet.orm.routing.Router... routers) {
            this.routers.addAll(List.of(routers));
            return this;
        }

        /**
         * The configuration; at least one database must be configured.
         *
         * @return the configuration, for {@code Covet.setup}
         * @throws dev.covet.orm.exception.ImproperlyConfigured if no database, or none named {@code default}, is configured
         */
        public Config build() {
            if (databases.isEmpty()) {
                throw new ImproperlyConfigured("Configure at least one database, for example .database(\"sqlite:app.db\")");
            }
            if (!databases.containsKey(DEFAULT)) {
                throw new ImproperlyConfigured("Covet needs a database named '" + DEFAULT + "'; configured: " + databases.keySet());
            }
            return new Config(this);
        }
    }
}
