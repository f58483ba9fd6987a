package dev.covet.orm.signal;

import dev.covet.orm.Model;

/** {@code pre_init} and {@code post_init}: an instance being made. */
public record InitEvent(Class<?> sender, Model instance) implements SignalEvent {
}
