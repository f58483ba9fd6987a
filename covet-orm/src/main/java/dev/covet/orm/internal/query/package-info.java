/**
 * The workings behind QuerySet and Model methods that are built from other queries: {@code getOrCreate} and
 * {@code updateOrCreate}, {@code QuerySet.update}, {@code delete} (through the delete collector),
 * {@code refreshFromDb}, deferred fields and {@code toDict}, {@code fullClean}'s unique checks, {@code inBulk},
 * typed projections into records ({@code values(BookRow.class)}), {@code dates()} and {@code datetimes()},
 * {@code getNextBy} / {@code getPreviousBy}, and the checks of the field names those methods are given.
 *
 * <p>Not API: public only because Java packages cannot share otherwise. Not for application code, and
 * it may change in any release.
 */
package dev.covet.orm.internal.query;
