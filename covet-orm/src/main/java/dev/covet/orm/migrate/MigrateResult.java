package dev.covet.orm.migrate;

import java.util.List;

/**
 * The migrations one {@code migrate} applied ({@code app.name}) and those it unapplied, in the order run.
 *
 * @param applied   the migrations applied, as {@code app.name}
 * @param unapplied the migrations unapplied, as {@code app.name}
 */
public record MigrateResult(List<String> applied, List<String> unapplied) {
    /**
     * Did it find nothing to do?
     *
     * @return true when nothing was applied nor unapplied
     */
    public boolean nothingToDo() {
        return applied.isEmpty() && unapplied.isEmpty();
    }
}
