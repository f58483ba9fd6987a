package dev.covet.spring;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/** A new SQLite file for each context under test, in the build's folder ({@code covet.test.folder}). */
final class SqliteFiles {
    private static final AtomicInteger FILES = new AtomicInteger();

    private SqliteFiles() {
    }

    static Path next() {
        return Path.of(System.getProperty("covet.test.folder", "target"),
                "covet-starter-" + ProcessHandle.current().pid() + "-" + FILES.incrementAndGet() + ".db");
    }
}
