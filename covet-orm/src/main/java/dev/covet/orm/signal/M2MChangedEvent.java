package dev.covet.orm.signal;

import dev.covet.orm.Model;

import java.util.Set;

/**
 * {@code m2m_changed}: rows of a many-to-many relation were added, removed or cleared.
 *
 * @param instance the object whose relation changed
 * @param reverse  true when changed from the reverse side ({@code tag.posts.add(post)})
 * @param model    the class of the objects added or removed
 * @param pkSet    their primary keys (for {@code PRE_CLEAR} / {@code POST_CLEAR}: empty)
 * @param sender the relation's {@code through} model class, or for an automatic one the model declaring the field
 * @param action what happened, and whether before or after
 * @param database the alias of the database written to
 */
public record M2MChangedEvent(Class<?> sender, Model instance, Action action, boolean reverse, Class<?> model,
                              Set<Object> pkSet, String database) implements SignalEvent {
    /** What happened. */
    /** What happened: rows added, removed or cleared, each sent before ({@code PRE_}) and after ({@code POST_}). */
    public enum Action { PRE_ADD, POST_ADD, PRE_REMOVE, POST_REMOVE, PRE_CLEAR, POST_CLEAR }
}
