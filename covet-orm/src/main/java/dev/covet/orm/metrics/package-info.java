/**
 * Micrometer meters for Covet: {@code covet.query} timers by operation, model and database,
 * {@code covet.pool.*} gauges per database and a {@code covet.errors} counter by Covet exception type.
 * Micrometer is an optional dependency: nothing here is loaded until an application calls
 * {@link dev.covet.orm.metrics.CovetMetrics#bindTo}, and no other Covet package refers to it.
 */
package dev.covet.orm.metrics;
