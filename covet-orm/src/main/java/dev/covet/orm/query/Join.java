package dev.covet.orm.query;

import dev.covet.orm.meta.ModelInfo;

/**
 * One table of a query. The first (index 0) is the model's own table; every other one is
 * joined {@code ON parent.parentColumn = this.column}.
 *
 * @param table       the table's name
 * @param model       the model whose table this is, or null for an automatic junction table
 * @param parent      the index of the join this one hangs from; -1 for the base table
 * @param parentColumn the parent's column in the ON condition; null for the base table
 * @param column      this table's column in the ON condition; null for the base table
 * @param type        the base table, an INNER or a LEFT OUTER join
 * @param key         what the join follows from its parent, so that an equal join can be reused
 * @param nullable    may the join find no row (a nullable key, a reverse or many-to-many side)?
 * @param multiValued may it find several rows per parent row (a reverse or many-to-many side)?
 * @param contentType for the rows of a generic relation, the content type they must also name; else null
 */
public record Join(String table, ModelInfo<?> model, int parent, String parentColumn, String column,
                   Type type, boolean nullable, boolean multiValued, String key, ContentTypeMatch contentType) {
    /**
     * {@code AND this.column IN (SELECT pk FROM contentTypeTable WHERE modelColumn IN (?, ...))}, the
     * parameters being {@code modelNames}: a generic key's rows point at a model only together with its
     * content type, which may be that of any model whose rows live in the table (proxies, single-table
     * subclasses).
     *
     * @param column           this table's content-type column
     * @param contentTypeTable the table of content types
     * @param contentTypePk    its primary-key column
     * @param modelColumn      its column that names the model
     * @param modelNames       the model names the rows may name
     */
    public record ContentTypeMatch(String column, String contentTypeTable, String contentTypePk, String modelColumn,
                                   java.util.List<String> modelNames) {
    }

    /** INNER or LEFT OUTER. */
    public enum Type {
        /** The query's own table, in FROM. */
        BASE,
        /** An INNER JOIN: the row must exist. */
        INNER,
        /** A LEFT OUTER JOIN: the row may be missing. */
        LEFT
    }

    static Join base(ModelInfo<?> model) {
        return new Join(model.table(), model, -1, null, null, Type.BASE, false, false, "", null);
    }

    Join withType(Type t) {
        return t == type ? this : new Join(table, model, parent, parentColumn, column, t, nullable, multiValued, key, contentType);
    }
}
