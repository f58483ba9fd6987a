package dev.covet.orm.signal;

import dev.covet.orm.Model;

/**
 * {@code pre_init} and {@code post_init}: an instance being made.
 *
 * @param sender the model class being made
 * @param instance the new instance; for {@code pre_init} its fields are not filled yet
 */
public record InitEvent(Class<?> sender, Model instance) implements SignalEvent {
}
