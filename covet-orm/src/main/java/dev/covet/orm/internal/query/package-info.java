/**
 * The workings behind QuerySet and Model methods that are built from other queries: typed projections
 * into records ({@code values(BookRow.class)}), {@code dates()} and {@code datetimes()},
 * {@code getNextBy} / {@code getPreviousBy}, and the checks of the field names those methods are given.
 *
 * <p>Not API: public only because Java packages cannot share otherwise. Not for application code, and
 * it may change in any release.
 */
package dev.covet.orm.internal.query;
