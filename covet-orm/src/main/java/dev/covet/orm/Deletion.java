package dev.covet.orm;

import dev.covet.orm.relation.DeleteCollector;

import java.util.List;

/** Deletes instances and QuerySets through the delete collector, so that {@code on_delete} rules apply. */
final class Deletion {
    private Deletion() {
    }

    static DeleteResult delete(Model m) {
        return DeleteCollector.delete(List.of(m), Persister.writeAlias(m));
    }

    static DeleteResult delete(QuerySet<?> qs) {
        return DeleteCollector.delete(qs);
    }
}
