package dev.covet.orm.migrate;

import java.util.List;

/** The migrations one {@code migrate} applied ({@code app.name}) and those it unapplied, in the order run. */
public record MigrateResult(List<String> applied, List<String> unapplied) {
    /** Did it find nothing to do? */
    public boolean nothingToDo() {
        return applied.isEmpty() && unapplied.isEmpty();
    }
}
