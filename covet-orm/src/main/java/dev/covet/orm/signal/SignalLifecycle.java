package dev.covet.orm.signal;

import dev.covet.orm.Model;
import dev.covet.orm.internal.persist.Lifecycle;
import dev.covet.orm.meta.Entity;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The lifecycle calls of the code beneath, sent as {@link Signals}' events; {@link Signals} installs it as it loads. */
final class SignalLifecycle extends Lifecycle {
    @Override
    public boolean hears(Kind kind, Class<?> sender) {
        return signal(kind).hasListeners(sender);
    }

    @Override
    public void init(Kind kind, Entity instance) {
        Class<?> type = instance.getClass();
        (kind == Kind.PRE_INIT ? Signals.PRE_INIT : Signals.POST_INIT).send(type, new InitEvent(type, (Model) instance));
    }

    @Override
    public void save(Kind kind, Entity instance, boolean created, List<String> updateFields, String database) {
        Class<?> type = instance.getClass();
        (kind == Kind.PRE_SAVE ? Signals.PRE_SAVE : Signals.POST_SAVE)
                .send(type, new SaveEvent(type, (Model) instance, created, updateFields, database));
    }

    @Override
    public void delete(Kind kind, Entity instance, String database) {
        Class<?> type = instance.getClass();
        (kind == Kind.PRE_DELETE ? Signals.PRE_DELETE : Signals.POST_DELETE).send(type, new DeleteEvent(type, (Model) instance, database));
    }

    @Override
    public void update(Kind kind, Class<?> sender, Map<String, Object> values, int rowCount, String sql, String database) {
        (kind == Kind.PRE_UPDATE ? Signals.PRE_UPDATE : Signals.POST_UPDATE)
                .send(sender, new UpdateEvent(sender, values, rowCount, sql, database));
    }

    @Override
    public void m2mChanged(Class<?> sender, Entity instance, M2mAction action, boolean reverse, Class<?> model, Set<Object> keys,
                           String database) {
        Signals.M2M_CHANGED.send(sender, new M2MChangedEvent(sender, (Model) instance, action(action), reverse, model, keys, database));
    }

    private static M2MChangedEvent.Action action(M2mAction action) {
        return switch (action) {
            case PRE_ADD -> M2MChangedEvent.Action.PRE_ADD;
            case POST_ADD -> M2MChangedEvent.Action.POST_ADD;
            case PRE_REMOVE -> M2MChangedEvent.Action.PRE_REMOVE;
            case POST_REMOVE -> M2MChangedEvent.Action.POST_REMOVE;
            case PRE_CLEAR -> M2MChangedEvent.Action.PRE_CLEAR;
            case POST_CLEAR -> M2MChangedEvent.Action.POST_CLEAR;
        };
    }

    private static Signal<?> signal(Kind kind) {
        return switch (kind) {
            case PRE_INIT -> Signals.PRE_INIT;
            case POST_INIT -> Signals.POST_INIT;
            case PRE_SAVE -> Signals.PRE_SAVE;
            case POST_SAVE -> Signals.POST_SAVE;
            case PRE_DELETE -> Signals.PRE_DELETE;
            case POST_DELETE -> Signals.POST_DELETE;
            case PRE_UPDATE -> Signals.PRE_UPDATE;
            case POST_UPDATE -> Signals.POST_UPDATE;
            case M2M_CHANGED -> Signals.M2M_CHANGED;
        };
    }
}
