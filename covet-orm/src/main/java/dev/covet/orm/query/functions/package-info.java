/**
 * Database functions usable in {@code annotate}, {@code filter}, {@code orderBy} and
 * {@code update}: text ({@code Lower}, {@code Concat}, {@code Substr}...), numbers ({@code Abs}, {@code Round}...),
 * {@code Coalesce}, {@code Cast}, and window functions ({@code RowNumber}, {@code Rank}, {@code Lag}...).
 */
package dev.covet.orm.query.functions;
