/**
 * Signals, as Django's: {@code pre/post_init}, {@code pre/post_save}, {@code pre/post_delete},
 * {@code pre/post_update} and {@code m2m_changed}, with their events and receivers.
 */
package dev.covet.orm.signal;
