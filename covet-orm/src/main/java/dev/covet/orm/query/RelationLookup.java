package dev.covet.orm.query;

/**
 * A typed path that ends at a relation ({@code Book_.author}, a {@code dev.covet.orm.path.RelationPath}):
 * what {@code selectRelated} and {@code prefetchRelated} take in typed code.
 */
public interface RelationLookup extends PathLookup {
}
