package dev.covet.orm.signal;

import dev.covet.orm.Model;

/**
 * {@code pre_delete} and {@code post_delete}: sent per deleted object, cascades included.
 *
 * @param sender the model class of the deleted object
 * @param instance the object being (or just) deleted
 * @param database the alias of the database it is deleted from
 */
public record DeleteEvent(Class<?> sender, Model instance, String database) implements SignalEvent {
}
