package dev.covet.cli;

import dev.covet.orm.Config;
import dev.covet.orm.Covet;
import dev.covet.orm.Model;
import dev.covet.orm.db.Database;
import dev.covet.orm.meta.ModelInfo;

import java.util.List;

/**
 * The application a subcommand works on: its class loader, its models found in the configured
 * packages, and Covet set up on its database. Closing it shuts Covet down.
 */
final class Project implements AutoCloseable {
    private final Settings settings;
    private final ClassLoader loader;
    private final ClassLoader previous;

    private Project(Settings settings, ClassLoader loader, ClassLoader previous) {
        this.settings = settings;
        this.loader = loader;
        this.previous = previous;
    }

    /** Sets Covet up on the configured database, with the models of the configured packages when {@code withModels}. */
    static Project open(Settings settings, boolean withModels) {
        String url = settings.requireDatabaseUrl();
        ClassLoader loader = ApplicationClassLoader.of(settings.classpath());
        List<Class<? extends Model>> models = withModels ? ModelScanner.find(settings.requireModelPackages(), loader) : List.of();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        Project project = new Project(settings, loader, previous);
        try {
            Covet.setup(Config.builder().database(Config.DEFAULT, url, s -> s.minPoolSize(1).maxPoolSize(4)).models(models).build());
        } catch (RuntimeException e) {
            project.close();
            throw e;
        }
        return project;
    }

    Settings settings() {
        return settings;
    }

    ClassLoader loader() {
        return loader;
    }

    Database database() {
        return Covet.database();
    }

    List<ModelInfo<?>> models() {
        return Covet.models();
    }

    @Override
    public void close() {
        Covet.shutdown();
        Thread.currentThread().setContextClassLoader(previous);
        if (loader instanceof AutoCloseable closeable && loader != previous) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // the process ends right after
            }
        }
    }
}
