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

    /**
     * Every app to its latest migration.
     *
     * @return the options
     */
    public static MigrateOptions latest() {
        return new MigrateOptions(null, null, false, false, Progress.NONE);
    }

    /**
     * The app {@code app} forwards or backwards to migration {@code target} (Django's {@code migrate app target}).
     *
     * @param app the app label
     * @param target the migration's name, or {@code "zero"} to unapply every migration of the app
     * @return the options
     */
    public static MigrateOptions to(String app, String target) {
        return new MigrateOptions(app, target, false, false, Progress.NONE);
    }

    /**
     * These options recording migrations without running them ({@code --fake}).
     *
     * @param fake whether to fake
     * @return the changed copy
     */
    public MigrateOptions withFake(boolean fake) {
        return new MigrateOptions(app, target, fake, fakeInitial, progress);
    }

    /**
     * These options recording an app's initial migration when its tables exist already ({@code --fake-initial}).
     *
     * @param fakeInitial whether to fake an initial migration whose tables exist
     * @return the changed copy
     */
    public MigrateOptions withFakeInitial(boolean fakeInitial) {
        return new MigrateOptions(app, target, fake, fakeInitial, progress);
    }

    /**
     * These options telling {@code progress} about each step.
     *
     * @param progress the listener
     * @return the changed copy
     */
    public MigrateOptions withProgress(Progress progress) {
        return new MigrateOptions(app, target, fake, fakeInitial, progress);
    }

    /** Hears what {@code migrate} does, for a command line's progress lines. */
    public interface Progress {
        /** Hears nothing. */
        Progress NONE = new Progress() {
        };

        /**
         * Migration {@code app.name} starts ({@code backwards} when unapplying).
         *
         * @param app the app label
         * @param name the migration's name
         * @param backwards whether it is being unapplied
         * @param operations how many operations it has
         */
        default void migrationStarted(String app, String name, boolean backwards, int operations) {
        }

        /**
         * Operation {@code index} (1-based) of {@code count} starts.
         *
         * @param index the operation's position, from 1
         * @param count the migration's number of operations
         * @param description what the operation does, in words
         */
        default void operationStarted(int index, int count, String description) {
        }

        /**
         * The migration finished after {@code millis}; {@code fake} when it was only recorded.
         *
         * @param app the app label
         * @param name the migration's name
         * @param millis how long it took
         * @param fake whether it was only recorded
         */
        default void migrationFinished(String app, String name, long millis, boolean fake) {
        }
    }
}
