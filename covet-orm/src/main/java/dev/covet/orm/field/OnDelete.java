package dev.covet.orm.field;

/**
 * What happens to rows that point at a row being deleted (Django's {@code on_delete}).
 * Carried out by Covet's delete collector, not by the database, so that signals fire
 * and the counts per model come back.
 */
public enum OnDelete {
    /** Delete the pointing rows too. */
    CASCADE,
    /** Refuse the delete with a {@code ProtectedError} listing the pointing rows. */
    PROTECT,
    /**
     * Refuse the delete with a {@code RestrictedError}, unless the pointing rows are being
     * deleted anyway through a CASCADE from the same delete (Django's semantics).
     */
    RESTRICT,
    /** Set the key to NULL; the field must be nullable. */
    SET_NULL,
    /** Set the key to the field's default. */
    SET_DEFAULT,
    /** Set the key to the value given by {@code setTo}. */
    SET,
    /** Do nothing; the database's own constraint (if any) decides. */
    DO_NOTHING
}
