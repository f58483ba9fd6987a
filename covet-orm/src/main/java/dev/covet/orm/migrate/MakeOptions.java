package dev.covet.orm.migrate;

import java.util.List;
import java.util.Map;

/**
 * What {@code makemigrations} is asked to do.
 *
 * @param apps      the apps to look at (empty: every app)
 * @param name      the name of the new file after its number (null: one made from the operations)
 * @param empty     write a file with no operations, for a data step
 * @param dryRun    say what would be written, write nothing
 * @param check     write nothing; {@link MakeResult#changes()} tells whether models and migrations disagree
 * @param merge     write a merge migration for each app whose history has two leaves
 * @param renames   confirmed renames: {@code "Old=New"} for a model, {@code "Model.old=new"} for a field
 * @param defaults  one-off values for new NOT NULL fields: {@code "Model.field" -> value}
 * @param questioner asks what the flags did not say (a terminal); {@link Questioner#NONE} asks nothing
 */
public record MakeOptions(List<String> apps, String name, boolean empty, boolean dryRun, boolean check, boolean merge,
                          List<String> renames, Map<String, Object> defaults, Questioner questioner) {
    /** Copies the lists and the map, so that the options stay immutable. */
    public MakeOptions {
        apps = List.copyOf(apps);
        renames = List.copyOf(renames);
        defaults = Map.copyOf(defaults);
    }

    /**
     * Every app, a name made from the operations, files written, nothing asked.
     *
     * @return the options
     */
    public static MakeOptions standard() {
        return new MakeOptions(List.of(), null, false, false, false, false, List.of(), Map.of(), Questioner.NONE);
    }

    /**
     * These options for {@code apps} only ({@code makemigrations blog shop}).
     *
     * @param apps the app labels; empty for every app
     * @return the changed copy
     */
    public MakeOptions withApps(List<String> apps) {
        return new MakeOptions(apps, name, empty, dryRun, check, merge, renames, defaults, questioner);
    }

    /**
     * These options with the new file named {@code name} after its number ({@code --name}).
     *
     * @param name the name, or null for one made from the operations
     * @return the changed copy
     */
    public MakeOptions withName(String name) {
        return new MakeOptions(apps, name, empty, dryRun, check, merge, renames, defaults, questioner);
    }

    /**
     * These options writing an empty migration, for a data step ({@code --empty}).
     *
     * @param empty whether to write an empty migration
     * @return the changed copy
     */
    public MakeOptions withEmpty(boolean empty) {
        return new MakeOptions(apps, name, empty, dryRun, check, merge, renames, defaults, questioner);
    }

    /**
     * These options saying what would be written and writing nothing ({@code --dry-run}).
     *
     * @param dryRun whether to write nothing
     * @return the changed copy
     */
    public MakeOptions withDryRun(boolean dryRun) {
        return new MakeOptions(apps, name, empty, dryRun, check, merge, renames, defaults, questioner);
    }

    /**
     * These options only checking that the models and the migrations agree ({@code --check}).
     *
     * @param check whether only to check
     * @return the changed copy
     */
    public MakeOptions withCheck(boolean check) {
        return new MakeOptions(apps, name, empty, dryRun, check, merge, renames, defaults, questioner);
    }

    /**
     * These options writing merge migrations for apps with two leaves ({@code --merge}).
     *
     * @param merge whether to merge
     * @return the changed copy
     */
    public MakeOptions withMerge(boolean merge) {
        return new MakeOptions(apps, name, empty, dryRun, check, merge, renames, defaults, questioner);
    }

    /**
     * These options with confirmed renames.
     *
     * @param renames {@code "Old=New"} for a model, {@code "Model.old=new"} for a field
     * @return the changed copy
     */
    public MakeOptions withRenames(List<String> renames) {
        return new MakeOptions(apps, name, empty, dryRun, check, merge, renames, defaults, questioner);
    }

    /**
     * These options with one-off values for new NOT NULL fields.
     *
     * @param defaults the values by {@code "Model.field"}
     * @return the changed copy
     */
    public MakeOptions withDefaults(Map<String, Object> defaults) {
        return new MakeOptions(apps, name, empty, dryRun, check, merge, renames, defaults, questioner);
    }

    /**
     * These options asking {@code questioner} what the flags did not say.
     *
     * @param questioner the questioner; {@link Questioner#NONE} asks nothing
     * @return the changed copy
     */
    public MakeOptions withQuestioner(Questioner questioner) {
        return new MakeOptions(apps, name, empty, dryRun, check, merge, renames, defaults, questioner);
    }
}
