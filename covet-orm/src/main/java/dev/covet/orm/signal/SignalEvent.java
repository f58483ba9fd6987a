package dev.covet.orm.signal;

/** What every signal event carries: the model class that sent it. */
public interface SignalEvent {
    Class<?> sender();
}
