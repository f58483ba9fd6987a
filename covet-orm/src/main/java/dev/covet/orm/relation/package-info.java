/**
 * Relations between models at run time, as applications declare and call them: {@link dev.covet.orm.relation.Ref}
 * (a foreign key's value), {@link dev.covet.orm.relation.RelatedManager} and
 * {@link dev.covet.orm.relation.ManyToMany} (to-many sides), {@link dev.covet.orm.relation.ReverseOne} (the
 * reverse of a one-to-one), generic relations ({@link dev.covet.orm.relation.GenericRef},
 * {@link dev.covet.orm.relation.GenericRelatedManager}, the {@link dev.covet.orm.relation.ContentType} model),
 * trees ({@link dev.covet.orm.relation.TreeNode}, {@link dev.covet.orm.relation.NestedSetNode}) and lazy-load
 * listeners ({@link dev.covet.orm.relation.LazyLoads}). Prefetching and the rest of the machinery behind them
 * live in {@code dev.covet.orm.internal.relation}; the delete collector, which carries out {@code on_delete}, in
 * {@code dev.covet.orm.internal.persist}.
 */
package dev.covet.orm.relation;
