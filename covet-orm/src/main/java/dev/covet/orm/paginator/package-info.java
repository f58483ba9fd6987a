/**
 * Pagination of a QuerySet or list, as Django's: {@link dev.covet.orm.paginator.Paginator},
 * {@link dev.covet.orm.paginator.Page} and the errors for a page that is not a number or out of range.
 */
package dev.covet.orm.paginator;
