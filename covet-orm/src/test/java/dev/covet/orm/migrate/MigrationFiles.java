package dev.covet.orm.migrate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Migration files written by hand for a test, in a folder of their own. */
final class MigrationFiles {
    final Path dir;

    MigrationFiles() {
        try {
            dir = Files.createTempDirectory("covet-migrations");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code app/name.json}; single quotes in {@code json} become double quotes, and {@code ~} a single quote. */
    MigrationFiles write(String app, String name, String json) {
        try {
            Path f = dir.resolve(app).resolve(name + ".json");
            Files.createDirectories(f.getParent());
            Files.writeString(f, json.replace('\'', '"').replace('~', '\''));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    MigrationSource source() {
        return MigrationSource.directory(dir);
    }

    /** The first migration of app {@code app}: a table {@code <app>_note} with a text column. */
    static String initial(String table) {
        return "{'dependencies': [], 'operations': [{'op': 'CreateModel', 'name': 'Note', 'table': '" + table + "', 'fields': ["
                + "{'name': 'id', 'type': 'AutoField', 'column': 'id', 'primaryKey': true},"
                + "{'name': 'text', 'type': 'CharField', 'column': 'text', 'maxLength': 100}]}]}";
    }
}
