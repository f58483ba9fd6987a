package dev.covet.cli;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The class loader of the application's classpath ({@code --classpath} / {@code COVET_CLASSPATH}), over the command's own. */
final class ApplicationClassLoader {
    private ApplicationClassLoader() {
    }

    /** A loader for {@code classpath} (entries separated by the platform's separator), or the command's own loader when null. */
    static ClassLoader of(String classpath) {
        ClassLoader parent = ApplicationClassLoader.class.getClassLoader();
        if (classpath == null || classpath.isBlank()) {
            return parent;
        }
        List<URL> urls = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            if (entry.endsWith("*")) {
                jarsIn(Path.of(entry.substring(0, entry.length() - 1)), urls);
                continue;
            }
            Path p = Path.of(entry);
            if (!Files.exists(p)) {
                throw CliError.usage("The classpath entry " + entry + " does not exist; check --classpath or COVET_CLASSPATH"
                        + " (for a Maven project: target/classes plus the output of 'mvn dependency:build-classpath').");
            }
            urls.add(url(p));
        }
        return new URLClassLoader("covet-application", urls.toArray(URL[]::new), parent);
    }

    private static void jarsIn(Path dir, List<URL> into) {
        if (!Files.isDirectory(dir)) {
            throw CliError.usage("The classpath entry " + dir + "* names no directory; check --classpath or COVET_CLASSPATH.");
        }
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(dir, "*.{jar,JAR}")) {
            for (Path jar : jars) {
                into.add(url(jar));
            }
        } catch (IOException e) {
            throw CliError.usage("Cannot list the jars in " + dir + ": " + e.getMessage());
        }
    }

    private static URL url(Path p) {
        try {
            return p.toAbsolutePath().toUri().toURL();
        } catch (MalformedURLException e) {
            throw CliError.usage("The classpath entry " + p + " is not a valid path: " + e.getMessage());
        }
    }
}
