package dev.covet.cli;

import dev.covet.orm.Config;
import dev.covet.orm.Covet;
import dev.covet.orm.Model;
import dev.covet.orm.db.Database;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.migrate.Migration;
import dev.covet.orm.migrate.MigrationSource;
import dev.covet.orm.migrate.Migrations;
import dev.covet.orm.migrate.state.ModelStates;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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
            Covet.setup(Config.builder().database(Config.DEFAULT, url, s -> s.minPoolSize(0).maxPoolSize(4)).models(models).build());
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

    /** The migrations of these models, in the configured folder and on the application's classpath. */
    Migrations migrations() {
        return Migrations.of(database(), models(), new MigrationSource(settings.migrationsDir(), MigrationSource.DEFAULT_ROOT, loader));
    }

    /** The apps: those of the models and those that have migrations. */
    Set<String> apps(Migrations migrations) {
        Set<String> apps = new TreeSet<>(migrations.graph().apps());
        for (ModelInfo<?> m : models()) {
            apps.add(ModelStates.app(m.type()));
        }
        return apps;
    }

    /** {@code app}, or a usage error naming the apps there are. */
    String requireApp(Migrations migrations, String app) {
        Set<String> apps = apps(migrations);
        if (!apps.contains(app)) {
            throw CliError.usage("Unknown app '" + app + "'; the apps are: " + (apps.isEmpty() ? "(none)" : String.join(", ", apps))
                    + ". A model's app is @Meta(app), else the last part of its package name.");
        }
        return app;
    }

    /** The full name of {@code app}'s migration {@code name} (or a unique prefix of it, such as 0002), or a usage error listing them. */
    String requireMigration(Migrations migrations, String app, String name) {
        requireApp(migrations, app);
        List<String> names = migrations.graph().nodes().values().stream().filter(m -> m.app().equals(app)).map(Migration::name).sorted().toList();
        if (names.contains(name)) {
            return name;
        }
        List<String> matches = names.stream().filter(n -> n.startsWith(name)).toList();
        if (matches.size() == 1) {
            return matches.getFirst();
        }
        throw CliError.usage((matches.isEmpty() ? "App " + app + " has no migration '" + name + "'; its migrations are: "
                + (names.isEmpty() ? "(none; run covet makemigrations " + app + ")" : String.join(", ", names))
                : "'" + name + "' names several migrations of " + app + ": " + String.join(", ", matches)) + ".");
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
