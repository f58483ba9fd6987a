package dev.covet.orm;

import dev.covet.orm.exception.DatabaseError;
import dev.covet.orm.exception.IntegrityError;
import dev.covet.orm.internal.persist.Persister;

import java.util.List;

/**
 * How {@link Model#save(SaveOptions)} saves: force an INSERT or an UPDATE, write only some fields,
 * skip validation, or use another database. Immutable.
 *
 * <pre>{@code
 * post.save(SaveOptions.updateFields("title"));
 * user.save(SaveOptions.forceInsert().withoutValidation());
 * }</pre>
 */
public final class SaveOptions {
    /** INSERT for a new instance, UPDATE for a saved one, with validation. */
    public static final SaveOptions DEFAULT = new SaveOptions(false, false, null, true, null);

    private final boolean forceInsert;
    private final boolean forceUpdate;
    private final List<String> updateFields;
    private final boolean validate;
    private final String database;
    /** The same, as persistence takes them. */
    private final Persister.Options persisted;

    private SaveOptions(boolean forceInsert, boolean forceUpdate, List<String> updateFields, boolean validate, String database) {
        if (forceInsert && (forceUpdate || updateFields != null)) {
            throw new IllegalArgumentException("Cannot force both insert and updating in model saving.");
        }
        this.forceInsert = forceInsert;
        this.forceUpdate = forceUpdate;
        this.updateFields = updateFields == null ? null : List.copyOf(updateFields);
        this.validate = validate;
        this.database = database;
        this.persisted = new Persister.Options(forceInsert, forceUpdate, this.updateFields, validate);
    }

    /** These options as persistence takes them (the database aside, which the face picks). */
    Persister.Options persisted() {
        return persisted;
    }

    /**
     * Always INSERT (an IntegrityError if the key exists).
     *
     * @return the options
     */
    public static SaveOptions forceInsert() {
        return DEFAULT.withForceInsert();
    }

    /**
     * Always UPDATE (a DatabaseError if no row has the key).
     *
     * @return the options
     */
    public static SaveOptions forceUpdate() {
        return DEFAULT.withForceUpdate();
    }

    /**
     * UPDATE only these fields.
     *
     * @param fields the names of the fields to write
     * @return the options
     */
    public static SaveOptions updateFields(String... fields) {
        return DEFAULT.withUpdateFields(fields);
    }

    /**
     * Save without running {@code fullClean()} first.
     *
     * @return the options
     */
    public static SaveOptions skipValidation() {
        return DEFAULT.withoutValidation();
    }

    /**
     * Save to the database configured under {@code alias}.
     *
     * @param alias the database alias
     * @return the options
     */
    public static SaveOptions using(String alias) {
        return DEFAULT.withDatabase(alias);
    }

    /**
     * These options, always INSERTing (an existing key is an {@link IntegrityError}).
     *
     * @return a copy of these options
     */
    public SaveOptions withForceInsert() {
        return new SaveOptions(true, forceUpdate, updateFields, validate, database);
    }

    /**
     * These options, always UPDATEing (no row updated is a {@link DatabaseError}).
     *
     * @return a copy of these options
     */
    public SaveOptions withForceUpdate() {
        return new SaveOptions(forceInsert, true, updateFields, validate, database);
    }

    /**
     * These options, updating only {@code fields}.
     *
     * @param fields the names of the fields to write
     * @return a copy of these options
     */
    public SaveOptions withUpdateFields(String... fields) {
        return new SaveOptions(forceInsert, forceUpdate, List.of(fields), validate, database);
    }

    /**
     * These options, saving without validating first.
     *
     * @return a copy of these options
     */
    public SaveOptions withoutValidation() {
        return new SaveOptions(forceInsert, forceUpdate, updateFields, false, database);
    }

    /**
     * These options, saving to the database configured under {@code alias}.
     *
     * @param alias the database alias
     * @return a copy of these options
     */
    public SaveOptions withDatabase(String alias) {
        return new SaveOptions(forceInsert, forceUpdate, updateFields, validate, alias);
    }

    /**
     * Does the save always INSERT?
     *
     * @return true for a forced INSERT
     */
    public boolean isForceInsert() {
        return forceInsert;
    }

    /**
     * Does the save always UPDATE?
     *
     * @return true for a forced UPDATE
     */
    public boolean isForceUpdate() {
        return forceUpdate;
    }

    /**
     * The fields to update, or null for all.
     *
     * @return the field names, or null
     */
    public List<String> updateFieldNames() {
        return updateFields;
    }

    /**
     * Does the save validate first?
     *
     * @return false when validation is skipped
     */
    public boolean validates() {
        return validate;
    }

    /**
     * The database alias, or null for the instance's own (or the default).
     *
     * @return the alias, or null
     */
    public String database() {
        return database;
    }
}
