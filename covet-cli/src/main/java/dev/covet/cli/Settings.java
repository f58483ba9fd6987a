package dev.covet.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the command works on, from the options, then the environment, then the settings file.
 *
 * @param databaseUrl    the database URL, or null when none was given
 * @param modelPackages  the packages the model classes are found in (empty when none were given)
 * @param migrationsDir  where migration files are written and read
 * @param classpath      the application's classpath, or null
 * @param source         where each setting came from, for messages
 */
record Settings(String databaseUrl, List<String> modelPackages, Path migrationsDir, String classpath, Map<String, String> source) {
    static final String FILE = "covet.properties";
    static final String DEFAULT_MIGRATIONS = "src/main/resources/covet/migrations";
    static final String DATABASE_URL = "database.url";
    static final String MODELS = "models.packages";
    static final String MIGRATIONS = "migrations.dir";
    private static final Set<String> KEYS = Set.of(DATABASE_URL, MODELS, MIGRATIONS);

    static Settings resolve(CovetCommand options, Map<String, String> env, Path workingDirectory) {
        Properties file = read(options.settingsFile, workingDirectory);
        String fileName = options.settingsFile == null ? FILE : options.settingsFile.toString();
        Map<String, String> from = new java.util.LinkedHashMap<>();

        String url = pick(from, "database", options.database, "--database-url", env.get("DATABASE_URL"), "DATABASE_URL",
                file.getProperty(DATABASE_URL), fileName + " (" + DATABASE_URL + ")");
        String models = pick(from, "models", options.models == null ? null : String.join(",", options.models), "--models",
                env.get("COVET_MODELS"), "COVET_MODELS", file.getProperty(MODELS), fileName + " (" + MODELS + ")");
        String migrations = pick(from, "migrations", options.migrations == null ? null : options.migrations.toString(), "--migrations",
                null, null, file.getProperty(MIGRATIONS), fileName + " (" + MIGRATIONS + ")");
        String classpath = pick(from, "classpath", options.classpath, "--classpath", env.get("COVET_CLASSPATH"), "COVET_CLASSPATH",
                null, null);
        List<String> packages = models == null ? List.of()
                : Arrays.stream(models.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        Path dir = workingDirectory.resolve(migrations == null ? DEFAULT_MIGRATIONS : migrations);
        return new Settings(url, packages, dir, classpath, Map.copyOf(from));
    }

    /** The database URL, or a usage error saying the three places it can come from. */
    String requireDatabaseUrl() {
        if (databaseUrl == null || databaseUrl.isBlank()) {
            throw CliError.usage("No database URL. Pass --database-url URL, set DATABASE_URL, or put " + DATABASE_URL
                    + "=... in " + FILE + " (for example sqlite:app.db or postgresql://user@localhost:5432/app).");
        }
        return databaseUrl;
    }

    /** The model packages, or a usage error saying where to name them. */
    List<String> requireModelPackages() {
        if (modelPackages.isEmpty()) {
            throw CliError.usage("No model packages. Pass --models com.example.app.models, set COVET_MODELS, or put "
                    + MODELS + "=com.example.app.models in " + FILE + ".");
        }
        return modelPackages;
    }

    private static String pick(Map<String, String> from, String setting, String flag, String flagName, String envValue, String envName,
                               String fileValue, String fileName) {
        if (flag != null && !flag.isBlank()) {
            from.put(setting, flagName);
            return flag.trim();
        }
        if (envValue != null && !envValue.isBlank()) {
            from.put(setting, envName);
            return envValue.trim();
        }
        if (fileValue != null && !fileValue.isBlank()) {
            from.put(setting, fileName);
            return fileValue.trim();
        }
        return null;
    }

    private static Properties read(Path given, Path workingDirectory) {
        Path file = given != null ? workingDirectory.resolve(given) : workingDirectory.resolve(FILE);
        Properties p = new Properties();
        if (!Files.isRegularFile(file)) {
            if (given != null) {
                throw CliError.usage("The settings file " + given + " does not exist. Pass an existing file to --settings,"
                        + " or leave it out to use " + FILE + " in the working directory.");
            }
            return p;
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw CliError.usage("Cannot read the settings file " + file + ": " + e.getMessage());
        }
        Set<String> unknown = new TreeSet<>(p.stringPropertyNames());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw CliError.usage("Unknown setting " + String.join(", ", unknown) + " in " + file + "; the settings are "
                    + String.join(", ", new TreeSet<>(KEYS)) + ".");
        }
        return p;
    }
}
