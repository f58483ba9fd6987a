package dev.covet.orm.migrate;

/**
 * Answers what {@code makemigrations} cannot decide alone: whether a field or model that vanished and
 * one that appeared are a rename, and which value fills a new NOT NULL column in existing rows. The
 * command line asks on a terminal; {@link #NONE} answers "not a rename" and gives no value (so such a
 * field fails with a message saying which flag to pass).
 */
public interface Questioner {
    /** Asks nothing: every rename is refused and no default given. */
    Questioner NONE = new Questioner() {
    };

    /**
     * Was field {@code from} of {@code model} renamed to {@code to}?
     *
     * @param model the model's label
     * @param from the field's old name
     * @param to the field's new name
     * @return true to write a rename (the default says no: a remove and an add)
     */
    default boolean askRenameField(String model, String from, String to) {
        return false;
    }

    /**
     * Was model {@code from} renamed to {@code to}?
     *
     * @param from the model's old name
     * @param to the model's new name
     * @return true to write a rename (the default says no: a delete and a create)
     */
    default boolean askRenameModel(String from, String to) {
        return false;
    }

    /**
     * A one-off value for new NOT NULL field {@code model.field} of type {@code type} in existing rows, or null for none.
     *
     * @param model the model's label
     * @param field the new field's name
     * @param type the field's type, as its annotation names it
     * @return the value, or null (the default) for none
     */
    default Object askDefault(String model, String field, String type) {
        return null;
    }
}
