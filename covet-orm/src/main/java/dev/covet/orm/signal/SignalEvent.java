package dev.covet.orm.signal;

/** What every signal event carries: the model class that sent it. */
public interface SignalEvent {
    /**
     * The model class that sent the event.
     *
     * @return the sender, such as {@code Book.class}
     */
    Class<?> sender();
}
