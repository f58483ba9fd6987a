package dev.covet.spring;

import dev.covet.orm.Config;
import dev.covet.orm.Covet;
import dev.covet.orm.CovetRuntime;
import dev.covet.orm.exception.ImproperlyConfigured;

/**
 * Opens and closes the runtime of one application context: the JVM's default when Covet is not set up
 * yet (so that {@code Book.objects} works on every thread, as with a single context), another one beside
 * it otherwise (a second context in the JVM: Spring's cached test contexts, a child or a side-by-side
 * context). Contexts open and close their runtimes one at a time, so that two starting together do not
 * both reach for the default.
 *
 * @param runtime the context's runtime
 * @param isDefault whether it is the default runtime, which this context then owns
 */
record ContextRuntime(CovetRuntime runtime, boolean isDefault) {
    private static final Object LOCK = new Object();
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ContextRuntime.class);

    static ContextRuntime open(Config config) {
        synchronized (LOCK) {
            if (Covet.defaultRuntime().isEmpty()) {
                try {
                    Covet.setup(config);
                } catch (ImproperlyConfigured e) {
                    if (Covet.defaultRuntime().isEmpty()) {
                        throw e;   // the configuration's own fault, not a default set up meanwhile
                    }
                    return beside(config);
                }
                CovetRuntime opened = Covet.defaultRuntime()
                        .filter(r -> r.config() == config)
                        .orElseThrow(() -> new ImproperlyConfigured("Covet.shutdown() was called while this context was setting Covet up"));
                return new ContextRuntime(opened, true);
            }
            return beside(config);
        }
    }

    /** A runtime beside the default: said once per context, since the static face does not reach it outside its bindings. */
    private static ContextRuntime beside(Config config) {
        LOG.warn("Another application context holds Covet's default runtime, so this one opens a runtime of its own on {}. "
                + "Book.objects and the rest of the static face reach it only inside its bindings (this context's servlet "
                + "requests and Spring MVC Callables, its Spring test methods, CovetInitializers, runtime.run/call/bind); "
                + "elsewhere (@Async and scheduled methods, runners, threads of the application's own, reactive requests) "
                + "they reach the other context's databases: inject CovetRuntime there.", config.databases().keySet());
        return new ContextRuntime(Covet.open(config), false);
    }

    /** Closes the runtime; the default one is shut down only while it is still this context's. */
    void close() {
        synchronized (LOCK) {
            if (isDefault && Covet.defaultRuntime().orElse(null) == runtime) {
                Covet.shutdown();
            }
            runtime.close();
        }
    }
}
