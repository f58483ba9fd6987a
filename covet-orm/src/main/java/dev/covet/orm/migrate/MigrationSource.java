package dev.covet.orm.migrate;

import java.nio.file.Path;

/**
 * Where migration files are: a folder ({@code directory}/{@code <app>}/{@code NNNN_name.json}, where
 * {@code makemigrations} writes), and the classpath under {@code classpathRoot} (where an application
 * ships them, {@code src/main/resources/covet/migrations}). Files found in both count once, the
 * folder's copy winning.
 *
 * @param directory     the folder, or null for the classpath only
 * @param classpathRoot the resource folder, or null for the folder only
 * @param loader        where classpath resources are looked up
 */
public record MigrationSource(Path directory, String classpathRoot, ClassLoader loader) {
    public static final String DEFAULT_ROOT = "covet/migrations";
    public static final Path DEFAULT_DIRECTORY = Path.of("src", "main", "resources", "covet", "migrations");

    /**
     * The application's classpath only (what {@code Covet.migrate()} reads at start-up).
     *
     * @return the source of {@value #DEFAULT_ROOT} on the classpath
     */
    public static MigrationSource classpath() {
        return new MigrationSource(null, DEFAULT_ROOT, defaultLoader());
    }

    /**
     * A folder only.
     *
     * @param directory the folder, holding one subfolder per app
     * @return the source
     */
    public static MigrationSource directory(Path directory) {
        return new MigrationSource(directory, null, defaultLoader());
    }

    /**
     * A folder, and the classpath.
     *
     * @param directory the folder, holding one subfolder per app
     * @return the source
     */
    public static MigrationSource of(Path directory) {
        return new MigrationSource(directory, DEFAULT_ROOT, defaultLoader());
    }

    private static ClassLoader defaultLoader() {
        ClassLoader l = Thread.currentThread().getContextClassLoader();
        return l != null ? l : MigrationSource.class.getClassLoader();
    }
}
