/**
 * Covet's bookkeeping shared between its own packages (instance state, row readers). Public only
 * because Java packages cannot share otherwise: not for application code, and it may change in any release.
 */
package dev.covet.orm.internal;
