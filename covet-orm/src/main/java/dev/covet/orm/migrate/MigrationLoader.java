package dev.covet.orm.migrate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds migration files in a {@link MigrationSource}: {@code <root>/<app>/<NNNN_name>.json}, in a
 * folder, in classpath folders and inside jars. Other files are ignored; a file whose name does not
 * start with a number is reported, since it would silently never run.
 */
final class MigrationLoader {
    private MigrationLoader() {
    }

    /**
     * Every migration of the source, keyed {@code app.name}.
     *
     * @param source where the files are; a folder's copy of a file wins over the classpath's
     * @return the migrations, in key order
     * @throws MigrationError if a file is misnamed or cannot be read
     */
    public static Map<String, Migration> load(MigrationSource source) {
        Map<String, String> texts = new TreeMap<>();
        if (source.classpathRoot() != null) {
            fromClasspath(source.classpathRoot(), source.loader(), texts);
        }
        if (source.directory() != null && Files.isDirectory(source.directory())) {
            fromDirectory(source.directory(), texts);
        }
        Map<String, Migration> out = new LinkedHashMap<>();
        texts.forEach((key, text) -> {
            int dot = key.indexOf('/');
            String app = key.substring(0, dot);
            String name = key.substring(dot + 1);
            Migration m = MigrationFile.read(app, name, text);
            out.put(m.key(), m);
        });
        return out;
    }

    private static void fromDirectory(Path root, Map<String, String> texts) {
        try (Stream<Path> apps = Files.list(root)) {
            for (Path app : apps.filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.list(app)) {
                    for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
                        add(app.getFileName().toString(), f.getFileName().toString(), Files.readString(f), texts);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Migrations in " + root + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static void fromClasspath(String root, ClassLoader loader, Map<String, String> texts) {
        try {
            Enumeration<URL> urls = loader.getResources(root);
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                if (url.getProtocol().equals("file")) {
                    Path dir = Path.of(url.toURI());
                    Map<String, String> found = new TreeMap<>();
                    fromDirectory(dir, found);
                    found.forEach(texts::putIfAbsent);
                } else if (url.getProtocol().equals("jar")) {
                    JarURLConnection c = (JarURLConnection) url.openConnection();
                    c.setUseCaches(false);
                    try (JarFile jar = c.getJarFile()) {
                        String prefix = c.getEntryName() == null ? root + "/" : c.getEntryName() + "/";
                        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                            JarEntry entry = e.nextElement();
                            String rest = entry.getName().startsWith(prefix) ? entry.getName().substring(prefix.length()) : null;
                            if (rest == null || entry.isDirectory() || !rest.endsWith(".json") || rest.indexOf('/') != rest.lastIndexOf('/')
                                    || rest.indexOf('/') < 0) {
                                continue;
                            }
                            try (InputStream in = jar.getInputStream(entry)) {
                                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                                String app = rest.substring(0, rest.indexOf('/'));
                                String file = rest.substring(rest.indexOf('/') + 1);
                                Map<String, String> one = new TreeMap<>();
                                add(app, file, text, one);
                                one.forEach(texts::putIfAbsent);
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Migrations under classpath folder " + root + " cannot be read: " + e.getMessage(), e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void add(String app, String file, String text, Map<String, String> texts) {
        String name = file.substring(0, file.length() - ".json".length());
        if (!MigrationFile.NAME.matcher(name).matches()) {
            throw new MigrationError("Migration file " + app + "/" + file + " is not named NNNN_name.json (for example 0002_book_isbn.json); "
                    + "rename it so that it runs in its place");
        }
        texts.put(app + "/" + name, text);
    }
}
