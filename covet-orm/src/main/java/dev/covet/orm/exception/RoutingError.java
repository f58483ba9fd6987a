package dev.covet.orm.exception;

/**
 * A call the configured routers cannot route: a query on a sharded model without its shard key, or a
 * relation between objects of two databases that no router allows.
 */
public class RoutingError extends CovetException {
    /**
     * Creates the error with {@code message}.
     *
     * @param message the text of the error, naming the model or the relation that could not be routed
     */
    public RoutingError(String message) {
        super(message);
    }
}
