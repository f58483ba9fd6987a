package dev.covet.orm.migrate.operation;

/**
 * A data step written in Java, run by a {@code RunJava} operation. It works through the historical
 * models its context gives (the models as of its migration), never through the live model classes,
 * whose shape may already be newer:
 *
 * <pre>{@code
 * public final class FillSlugs implements JavaMigration {
 *     public void forwards(MigrationContext c) {
 *         for (HistoricalRow post : c.model("Post").objects().filter("slug", "").list()) {
 *             post.set("slug", post.get("title").toString().toLowerCase().replace(' ', '-'));
 *             post.save();
 *         }
 *     }
 * }
 * }</pre>
 * Implementations need a public no-argument constructor.
 */
public interface JavaMigration {
    /**
     * Does the data step, forwards.
     *
     * @param context the app, the state as of the migration, and the historical models
     */
    void forwards(MigrationContext context);

    /**
     * Undoes {@link #forwards}; without an override the step cannot be reversed.
     *
     * @param context the app, the state as of the migration, and the historical models
     * @throws UnsupportedOperationException if the step has no backwards (the default)
     */
    default void backwards(MigrationContext context) {
        throw new UnsupportedOperationException(getClass().getName() + " has no backwards step");
    }
}
