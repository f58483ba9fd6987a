package dev.covet.orm.signal;

import dev.covet.orm.Model;
import dev.covet.orm.internal.persist.Lifecycle;
import dev.covet.orm.meta.Entity;

import java.util.List;

/** Persistence's lifecycle calls, sent as {@link Signals}' events; {@link Signals} installs it as it loads. */
final class SignalLifecycle extends Lifecycle {
    @Override
    public boolean hearsPostInit(Class<?> sender) {
        return Signals.POST_INIT.hasListeners(sender);
    }

    @Override
    public void postInit(Entity instance) {
        Class<?> type = instance.getClass();
        Signals.POST_INIT.send(type, new InitEvent(type, (Model) instance));
    }

    @Override
    public boolean hearsSave(boolean post, Class<?> sender) {
        return (post ? Signals.POST_SAVE : Signals.PRE_SAVE).hasListeners(sender);
    }

    @Override
    public void save(boolean post, Entity instance, boolean created, List<String> updateFields, String database) {
        Class<?> type = instance.getClass();
        (post ? Signals.POST_SAVE : Signals.PRE_SAVE).send(type, new SaveEvent(type, (Model) instance, created, updateFields, database));
    }
}
