package dev.covet.spring;

import dev.covet.orm.Config;
import dev.covet.orm.Covet;
import dev.covet.orm.Model;
import dev.covet.orm.db.Database;

import java.util.List;

/**
 * Covet, set up on the application's DataSource for the life of the Spring context: a bean to inject
 * (or depend on) where Covet must be ready. Closing the context shuts Covet down; the DataSource stays
 * Spring's, which closes it after.
 */
public final class CovetSetup implements AutoCloseable {
    private final Config config;

    CovetSetup(Config config) {
        this.config = config;
        Covet.setup(config);
    }

    /** {@return the configuration Covet was set up with: the DataSource, the scanned models and the {@code covet.*} settings} */
    public Config config() {
        return config;
    }

    /** {@return the models found under {@code covet.packages} (or the application's package)} */
    public List<Class<? extends Model>> models() {
        return config.models();
    }

    /** {@return the {@code default} database, on the application's DataSource} */
    public Database database() {
        return Covet.database();
    }

    /** Shuts Covet down; the DataSource is left open for Spring to close. */
    @Override
    public void close() {
        Covet.shutdown();
    }
}
