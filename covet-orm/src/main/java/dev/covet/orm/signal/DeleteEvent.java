package dev.covet.orm.signal;

import dev.covet.orm.Model;

/** {@code pre_delete} and {@code post_delete}: sent per deleted object, cascades included. */
public record DeleteEvent(Class<?> sender, Model instance, String database) implements SignalEvent {
}
