/**
 * Typed lookup paths, the base of the metamodels {@code covet-processor} generates ({@code Book_}). Each
 * path renders to the lookup string the query API takes, so typed and string queries share one runtime path.
 */
package dev.covet.orm.path;
