package dev.covet.orm.query;

/** Something that can stand in a lookup as a subquery ({@code id__in=<QuerySet>}): QuerySets are. */
public interface QuerySource {
    /** The query, reduced to the one column a subquery compares against. */
    Query asSubquery();
}
