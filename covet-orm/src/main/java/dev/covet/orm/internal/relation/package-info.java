/**
 * The machinery behind the relations of {@code dev.covet.orm.relation}: prefetching
 * ({@code QuerySet.prefetchRelated}, generic prefetch included), filling a new instance's relation fields
 * with their holders, and what the holders share with that machinery (a relation's side as seen from an
 * instance, the per-database content type cache). The delete collector that carries out {@code on_delete}
 * is persistence's, in {@code internal.persist}.
 *
 * <p>Not API: public only because Java packages cannot share otherwise. Not for application code, and
 * it may change in any release.
 */
package dev.covet.orm.internal.relation;
