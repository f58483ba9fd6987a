package dev.covet.orm.migrate;

import dev.covet.orm.migrate.operation.Operation;

import java.util.List;

/**
 * One migration file: its app and name ({@code 0002_book_isbn}), the migrations it comes after
 * ({@code app.name}), its operations, whether it runs in one transaction, the migrations it replaces
 * (a squashed one), and the checksum of the file it was read from.
 */
public record Migration(String app, String name, List<String> dependencies, List<Operation> operations, boolean atomic,
                        List<String> replaces, String checksum) {
    public Migration {
        dependencies = List.copyOf(dependencies);
        operations = List.copyOf(operations);
        replaces = List.copyOf(replaces);
    }

    /** {@code app.name}. */
    public String key() {
        return app + "." + name;
    }

    /** The number in front of the name ({@code 2} for {@code 0002_book_isbn}), or 0. */
    public int number() {
        int end = 0;
        while (end < name.length() && Character.isDigit(name.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(name.substring(0, end));
    }

    @Override
    public String toString() {
        return key();
    }
}
