package dev.covet.orm.signal;

import dev.covet.orm.Covet;
import dev.covet.orm.CovetRuntime;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A point in a model's life that receivers can hook into (Django's signals). Receivers connect for
 * one sender (a model class, or a subclass of it) or for every sender. A receiver that throws stops
 * the others and the exception propagates (Django's {@code send}): a {@code pre_*} receiver thereby
 * vetoes the operation before any SQL runs, and a {@code post_*} receiver, which runs inside the
 * operation's transaction, rolls the write back. As in Django, connecting the same receiver (or the
 * same {@code dispatchUid}) for the same sender again changes nothing, so it still runs once per send.
 *
 * <p>A receiver belongs to the runtime that was current when it connected ({@link Covet#runtime()}), and
 * hears only that runtime's sends: a second runtime in the same JVM does not call it, and it stops once
 * its runtime is closed (a later {@code Covet.setup} starts with none). A receiver connected while no
 * runtime exists (before {@code Covet.setup}, as Django's module-level receivers) hears every runtime.
 * Thread-safe.
 *
 * <pre>{@code
 * Connection c = Signals.POST_SAVE.connect(Book.class, e -> audit(e.instance(), e.created()));
 * ...
 * c.disconnect();
 * }</pre>
 *
 * @param <E> the event receivers get
 */
public final class Signal<E extends SignalEvent> {
    private final String name;
    private final List<Receiver<E>> receivers = new CopyOnWriteArrayList<>();

    Signal(String name) {
        this.name = name;
    }

    /**
     * The signal's name, as in Django ({@code pre_save}, {@code m2m_changed}, ...).
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Connects {@code receiver} for every sender.
     *
     * @param receiver called with each event sent
     * @return the connection; {@code disconnect()} it to stop receiving
     */
    public Connection connect(Consumer<? super E> receiver) {
        return add(new Receiver<>(null, receiver, null, null, owner()));
    }

    /**
     * Connects {@code receiver} for {@code sender} (and its subclasses).
     *
     * @param sender the model class whose events {@code receiver} gets, its subclasses included
     * @param receiver called with each event sent
     * @return the connection; {@code disconnect()} it to stop receiving
     */
    public Connection connect(Class<?> sender, Consumer<? super E> receiver) {
        return add(new Receiver<>(sender, receiver, null, null, owner()));
    }

    /**
     * Connects {@code receiver} for {@code sender} (null: every sender) under {@code dispatchUid}: while a
     * receiver with that uid is connected for that sender, connecting again (say, from code that runs
     * twice) does nothing (Django's {@code dispatch_uid}).
     *
     * @param sender the model class whose events {@code receiver} gets, or null for every sender
     * @param dispatchUid the key that makes a second connection a no-op
     * @param receiver called with each event sent
     * @return the connection; {@code disconnect()} it to stop receiving
     */
    public Connection connect(Class<?> sender, String dispatchUid, Consumer<? super E> receiver) {
        if (dispatchUid == null || dispatchUid.isEmpty()) {
            throw new IllegalArgumentException("dispatchUid must not be null or empty");
        }
        return add(new Receiver<>(sender, receiver, null, dispatchUid, owner()));
    }

    /**
     * Connects {@code receiver} for {@code sender} while it is reachable from elsewhere: the signal
     * holds it weakly, so a receiver owned by a short-lived object goes away with its owner instead of
     * leaking. Keep a reference to it (a lambda held by nothing else is collected at once).
     *
     * @param sender the model class whose events {@code receiver} gets, or null for every sender
     * @param receiver called with each event sent while something else still references it
     * @return the connection; {@code disconnect()} it to stop receiving
     */
    public Connection connectWeak(Class<?> sender, Consumer<? super E> receiver) {
        return add(new Receiver<>(sender, null, new WeakReference<>(receiver), null, owner()));
    }

    /** The runtime a receiver connected now belongs to: the current one, or null (every runtime) when there is none. */
    private static CovetRuntime owner() {
        return Covet.currentRuntime().orElse(null);
    }

    private synchronized Connection add(Receiver<E> r) {
        for (Receiver<E> existing : receivers) {
            if (existing.sameAs(r)) {
                return () -> receivers.remove(existing);
            }
        }
        receivers.add(r);
        return () -> receivers.remove(r);
    }

    /**
     * Disconnects the receiver connected for {@code sender} under {@code dispatchUid} in the current runtime
     * (or while there was none); true if there was one.
     *
     * @param sender the sender it was connected for, or null for every sender
     * @param dispatchUid the uid it was connected under
     * @return true if a receiver was disconnected
     */
    public boolean disconnect(Class<?> sender, String dispatchUid) {
        CovetRuntime current = owner();
        return receivers.removeIf(r -> r.sender == sender && dispatchUid.equals(r.uid) && (r.owner == null || r.owner == current));
    }

    /**
     * Disconnects {@code receiver} wherever it is connected; true if it was.
     *
     * @param receiver the receiver to disconnect, for every sender
     * @return true if it was connected
     */
    public boolean disconnect(Consumer<? super E> receiver) {
        return receivers.removeIf(r -> r.target() == receiver);
    }

    /**
     * Disconnects {@code receiver} from {@code sender}; true if it was connected there.
     *
     * @param sender the sender it was connected for, or null for every sender
     * @param receiver the receiver to disconnect
     * @return true if it was connected for {@code sender}
     */
    public boolean disconnect(Class<?> sender, Consumer<? super E> receiver) {
        return receivers.removeIf(r -> r.sender == sender && r.target() == receiver);
    }

    /**
     * Would a send for {@code sender} reach any receiver? Cheap enough to ask per row.
     *
     * @param sender the model class that would send
     * @return true if a live receiver is connected for it or for every sender
     */
    public boolean hasListeners(Class<?> sender) {
        if (receivers.isEmpty()) {
            return false;
        }
        CovetRuntime current = owner();
        for (Receiver<E> r : receivers) {
            if (r.matches(sender, current) && r.target() != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Calls every receiver for {@code sender} that belongs to the current runtime or to every runtime, in
     * the order they connected.
     *
     * @param sender the model class sending; receivers for it, its superclasses and every sender are called
     * @param event the event each receiver gets
     */
    public void send(Class<?> sender, E event) {
        if (receivers.isEmpty()) {
            return;
        }
        List<Receiver<E>> gone = null;
        CovetRuntime current = owner();
        for (Receiver<E> r : receivers) {
            if (!r.matches(sender, current)) {
                continue;
            }
            Consumer<? super E> target = r.target();
            if (target == null || (r.owner != null && r.owner.isClosed())) {
                if (gone == null) {
                    gone = new ArrayList<>();
                }
                gone.add(r);
                continue;
            }
            target.accept(event);
        }
        if (gone != null) {
            receivers.removeAll(gone);
        }
    }

    /** Removes every receiver (for tests). */
    public void disconnectAll() {
        receivers.clear();
    }

    @Override
    public String toString() {
        return "Signal(" + name + ")";
    }

    private record Receiver<E>(Class<?> sender, Consumer<? super E> strong, WeakReference<Consumer<? super E>> weak, String uid,
                               CovetRuntime owner) {
        Consumer<? super E> target() {
            return strong != null ? strong : weak.get();
        }

        /** Django's lookup key: the dispatch uid (or else the receiver itself) and the sender. */
        boolean sameAs(Receiver<?> other) {
            if (sender != other.sender || owner != other.owner) {
                return false;
            }
            if (uid != null || other.uid != null) {
                return uid != null && uid.equals(other.uid);
            }
            Object mine = target();
            return mine != null && mine == other.target();
        }

        boolean matches(Class<?> s, CovetRuntime current) {
            return (owner == null || owner == current) && (sender == null || (s != null && sender.isAssignableFrom(s)));
        }
    }

    /** Undoes one {@code connect}. */
    @FunctionalInterface
    public interface Connection {
        /** Disconnects the receiver; doing it again does nothing. */
        void disconnect();
    }
}
