/**
 * The query model behind QuerySets: expressions ({@code F}-style columns, values, {@code Case},
 * {@code Subquery}, {@code Exists}, {@code OuterRef}), aggregates ({@code Count}, {@code Sum}...), lookups and
 * transforms, ordering, joins and combinations. No SQL is written here: the {@code sql} package compiles it.
 */
package dev.covet.orm.query;
