package dev.covet.spring;

import dev.covet.orm.Config;
import dev.covet.orm.CovetRuntime;
import dev.covet.orm.Model;
import dev.covet.orm.db.Database;

import java.util.List;

/**
 * Covet, set up on the application's DataSource for the life of the Spring context: a bean to inject
 * (or depend on) where Covet must be ready. The context's {@link #runtime()} is the JVM's default one
 * (what {@code Book.objects} and {@code Covet.*} use on every thread) when no other context has set
 * Covet up, and a runtime of its own beside the default otherwise. Closing the context closes its
 * runtime (shutting Covet down if it is the default); the DataSource stays Spring's, which closes it after.
 */
public final class CovetSetup implements AutoCloseable {
    private final Config config;
    private final ContextRuntime opened;

    CovetSetup(Config config) {
        this.config = config;
        this.opened = ContextRuntime.open(config);
    }

    /** {@return the configuration Covet was set up with: the DataSource, the scanned models and the {@code covet.*} settings} */
    public Config config() {
        return config;
    }

    /** {@return the models found under {@code covet.packages} (or the application's package)} */
    public List<Class<? extends Model>> models() {
        return config.models();
    }

    /**
     * This context's runtime. When it is not the default ({@link #isDefault()} false), the static face
     * works on it where it is current: inside {@code runtime().run(...)}, {@code call} or {@code bind()},
     * around the methods of Spring tests on this context and, in a servlet web application, on its
     * requests ({@link CovetWebAutoConfiguration}).
     *
     * @return the runtime, open until the context closes
     */
    public CovetRuntime runtime() {
        return opened.runtime();
    }

    /**
     * Is this context's runtime the JVM's default, which {@code Book.objects} and {@code Covet.*} use on
     * every thread where no other runtime is current? True for the first context that sets Covet up.
     *
     * @return true when this context owns the default runtime
     */
    public boolean isDefault() {
        return opened.isDefault();
    }

    /** {@return the {@code default} database of this context's runtime, on the application's DataSource} */
    public Database database() {
        return opened.runtime().database();
    }

    /** Closes this context's runtime (shutting Covet down when it is the default); the DataSource is left open for Spring to close. */
    @Override
    public void close() {
        opened.close();
    }
}
