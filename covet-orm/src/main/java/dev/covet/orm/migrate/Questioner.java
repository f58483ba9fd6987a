package dev.covet.orm.migrate;

/**
 * Answers what {@code makemigrations} cannot decide alone: whether a field or model that vanished and
 * one that appeared are a rename, and which value fills a new NOT NULL column in existing rows. The
 * command line asks on a terminal; {@link #NONE} answers "not a rename" and gives no value (so such a
 * field fails with a message saying which flag to pass).
 */
public interface Questioner {
    Questioner NONE = new Questioner() {
    };

    /** Was field {@code from} of {@code model} renamed to {@code to}? */
    default boolean askRenameField(String model, String from, String to) {
        return false;
    }

    /** Was model {@code from} renamed to {@code to}? */
    default boolean askRenameModel(String from, String to) {
        return false;
    }

    /** A one-off value for new NOT NULL field {@code model.field} of type {@code type} in existing rows, or null for none. */
    default Object askDefault(String model, String field, String type) {
        return null;
    }
}
