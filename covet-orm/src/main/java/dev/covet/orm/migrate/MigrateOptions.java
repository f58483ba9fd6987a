package dev.covet.orm.migrate;

/**
 * What {@code migrate} is asked to do.
 *
 * @param app         the app to migrate (null: every app)
 * @param target      the migration to end at, forwards or backwards (null: the latest; {@code "zero"}: before the first)
 * @param fake        record the migrations as applied without running them
 * @param fakeInitial record an app's initial migration as applied when all its tables already exist
 * @param progress    told about each migration and operation as it runs
 */
public record MigrateOptions(String app, String target, boolean fake, boolean fakeInitial, Progress progress) {

    /** Every app to its latest migration. */
    public static MigrateOptions latest() {
        return new MigrateOptions(null, null, false, false, Progress.NONE);
    }

    public static MigrateOptions to(String app, String target) {
        return new MigrateOptions(app, target, false, false, Progress.NONE);
    }

    public MigrateOptions withFake(boolean fake) {
        return new MigrateOptions(app, target, fake, fakeInitial, progress);
    }

    public MigrateOptions withFakeInitial(boolean fakeInitial) {
        return new MigrateOptions(app, target, fake, fakeInitial, progress);
    }

    public MigrateOptions withProgress(Progress progress) {
        return new MigrateOptions(app, target, fake, fakeInitial, progress);
    }

    /** Hears what {@code migrate} does, for a command line's progress lines. */
    public interface Progress {
        Progress NONE = new Progress() {
        };

        /** Migration {@code app.name} starts ({@code backwards} when unapplying). */
        default void migrationStarted(String app, String name, boolean backwards, int operations) {
        }

        /** Operation {@code index} (1-based) of {@code count} starts. */
        default void operationStarted(int index, int count, String description) {
        }

        /** The migration finished after {@code millis}; {@code fake} when it was only recorded. */
        default void migrationFinished(String app, String name, long millis, boolean fake) {
        }
    }
}
