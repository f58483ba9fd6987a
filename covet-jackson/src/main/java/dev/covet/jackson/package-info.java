/**
 * Jackson support for Covet models: {@link dev.covet.jackson.CovetModule} writes a model as its loaded
 * fields (relations as keys, or nested when loaded) without ever querying, and reads JSON into unsaved
 * instances.
 */
package dev.covet.jackson;
