/**
 * Covet's bookkeeping shared between its own packages (instance state, row readers, what
 * {@link dev.covet.orm.Model} and {@link dev.covet.orm.QuerySet} offer the packages below them). Public only
 * because Java packages cannot share otherwise: not for application code, and it may change in any release.
 */
package dev.covet.orm.internal;
