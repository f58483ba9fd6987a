/**
 * Relations between models at run time: {@link dev.covet.orm.relation.Ref} (a foreign key's
 * value), {@link dev.covet.orm.relation.RelatedManager} and {@link dev.covet.orm.relation.ManyToMany} (to-many
 * sides), generic relations and content types, prefetching, deletion collection, and trees
 * ({@code TreeNode}, {@code NestedSetNode}).
 */
package dev.covet.orm.relation;
