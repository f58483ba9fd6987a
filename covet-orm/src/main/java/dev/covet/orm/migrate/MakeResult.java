package dev.covet.orm.migrate;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code makemigrations} found and wrote.
 *
 * @param files   each new migration (written unless it was a dry run or a check)
 * @param changes did the models differ from what the migrations build?
 */
public record MakeResult(List<NewMigration> files, boolean changes) {

    /**
     * A migration made from the models: its app, name, where it went, its JSON text, one line per
     * operation, and what the linter says of it (operations that lose data, break running code or lock
     * a big table), for {@code makemigrations} to warn about.
     *
     * @param app        the app label
     * @param name       the migration's name ({@code 0002_post_subtitle})
     * @param path       the file it was (or would be) written to; null when the source has no directory
     * @param json       the file's text
     * @param operations one line per operation, describing it
     * @param warnings   the linter's findings, each starting with its operation's number
     */
    public record NewMigration(String app, String name, Path path, String json, List<String> operations, List<String> warnings) {
    }
}
