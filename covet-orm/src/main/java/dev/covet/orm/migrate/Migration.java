package dev.covet.orm.migrate;

import dev.covet.orm.migrate.operation.Operation;

import java.util.List;

/**
 * One migration file: its app and name ({@code 0002_book_isbn}), the migrations it comes after
 * ({@code app.name}), its operations, whether it runs in one transaction, the migrations it replaces
 * (a squashed one), and the checksum of the file it was read from.
 *
 * @param app          the app label
 * @param name         the migration's name, its number first
 * @param dependencies the migrations it comes after, as {@code app.name}
 * @param operations   its operations, in order
 * @param atomic       whether it runs in one transaction (where the database's DDL is transactional)
 * @param replaces     the migrations a squashed migration replaces, as {@code app.name}; empty for others
 * @param checksum     the SHA-256 of the file's text, or null for a migration not read from a file
 */
public record Migration(String app, String name, List<String> dependencies, List<Operation> operations, boolean atomic,
                        List<String> replaces, String checksum) {
    /**
     * Copies the lists, so that the migration stays immutable.
     *
     * @param app          the app label
     * @param name         the migration's name, its number first
     * @param dependencies the migrations it comes after, as {@code app.name}
     * @param operations   its operations, in order
     * @param atomic       whether it runs in one transaction
     * @param replaces     the migrations it replaces, as {@code app.name}
     * @param checksum     the SHA-256 of the file's text, or null
     */
    public Migration {
        dependencies = List.copyOf(dependencies);
        operations = List.copyOf(operations);
        replaces = List.copyOf(replaces);
    }

    /**
     * {@code app.name}.
     *
     * @return the migration's key, such as {@code blog.0002_book_isbn}
     */
    public String key() {
        return app + "." + name;
    }

    /**
     * The number in front of the name ({@code 2} for {@code 0002_book_isbn}), or 0.
     *
     * @return the number
     */
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
