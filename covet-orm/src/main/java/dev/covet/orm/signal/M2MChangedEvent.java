package dev.covet.orm.signal;

import dev.covet.orm.Model;

import java.util.Set;

/**
 * {@code m2m_changed}: rows of a many-to-many relation were added, removed or cleared.
 *
 * @param sender   the relation's {@code through} model class, or for an automatic one the model declaring the field
 * @param instance the object whose relation changed
 * @param action   what happened, and whether before or after
 * @param reverse  true when changed from the reverse side ({@code tag.posts.add(post)})
 * @param model    the class of the objects added or removed
 * @param pkSet    their primary keys (for {@code PRE_CLEAR} / {@code POST_CLEAR}: empty)
 * @param database the alias of the database written to
 */
public record M2MChangedEvent(Class<?> sender, Model instance, Action action, boolean reverse, Class<?> model,
                              Set<Object> pkSet, String database) implements SignalEvent {
    /** What happened. */
    public enum Action {
        /** Rows are about to be added; {@code pkSet} holds the keys not related yet. */
        PRE_ADD,
        /** Rows were added. */
        POST_ADD,
        /** Rows are about to be removed. */
        PRE_REMOVE,
        /** Rows were removed. */
        POST_REMOVE,
        /** Every row of the relation is about to be removed; {@code pkSet} is empty. */
        PRE_CLEAR,
        /** Every row of the relation was removed; {@code pkSet} is empty. */
        POST_CLEAR
    }
}
