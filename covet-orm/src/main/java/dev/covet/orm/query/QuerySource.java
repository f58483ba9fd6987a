package dev.covet.orm.query;

/** Something that can stand in a lookup as a subquery ({@code id__in=<QuerySet>}): QuerySets are. */
public interface QuerySource {
    /** {@return the query, reduced to the one column a subquery compares against} */
    Query asSubquery();
}
