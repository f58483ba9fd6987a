package dev.covet.orm.db;

/**
 * Told about every statement after it runs, on the thread that ran it. Keep it quick; an exception
 * it throws is logged and ignored.
 */
@FunctionalInterface
public interface QueryListener {
    /**
     * Called after a statement ran, or failed.
     *
     * @param event what ran, for how long, and how it ended
     */
    void onQuery(QueryEvent event);
}
