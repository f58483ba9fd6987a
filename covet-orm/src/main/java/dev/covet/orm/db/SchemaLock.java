package dev.covet.orm.db;

/** A held schema lock (see {@link Database#lock}); closing it releases the lock and its connection. */
@FunctionalInterface
public interface SchemaLock extends AutoCloseable {
    @Override
    void close();
}
