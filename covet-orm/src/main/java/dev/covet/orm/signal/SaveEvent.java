package dev.covet.orm.signal;

import dev.covet.orm.Model;

import java.util.List;

/**
 * {@code pre_save} and {@code post_save}.
 *
 * @param sender       the model class of the instance saved
 * @param instance     the object being saved
 * @param created      for {@code post_save}: was the row inserted (rather than updated)?
 * @param updateFields the fields being saved, or null for all
 * @param database     the database alias
 */
public record SaveEvent(Class<?> sender, Model instance, boolean created, List<String> updateFields, String database)
        implements SignalEvent {
}
