package dev.covet.orm.internal.query;

import dev.covet.orm.internal.WriteDatabases;
import dev.covet.orm.DeleteResult;
import dev.covet.orm.Model;
import dev.covet.orm.QuerySet;
import dev.covet.orm.internal.relation.DeleteCollector;

import java.util.List;

/**
 * Deletes instances and QuerySets through the delete collector, so that {@code on_delete} rules apply.
 * Stateless; safe to call from any thread.
 */
public final class Deletion {
    private Deletion() {
    }

    /**
     * Deletes {@code m} and what its relations' {@code on_delete} rules take with it, on the database it is written to.
     *
     * @param m a saved instance
     * @return the rows removed, in total and per model
     */
    public static DeleteResult delete(Model m) {
        return DeleteCollector.delete(List.of(m), WriteDatabases.alias(m));
    }

    /**
     * Deletes the rows of {@code qs} and what their relations' {@code on_delete} rules take with them.
     *
     * @param qs the rows to delete
     * @return the rows removed, in total and per model
     */
    public static DeleteResult delete(QuerySet<?> qs) {
        return DeleteCollector.delete(qs);
    }
}
