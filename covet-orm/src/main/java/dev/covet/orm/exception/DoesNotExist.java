package dev.covet.orm.exception;

/**
 * {@code get()} found no row. {@link #model()} says which model was queried, and the
 * message shows the lookup that matched nothing.
 */
public class DoesNotExist extends CovetException {
    /** The model class that was queried. */
    private final Class<?> model;

    /**
     * Creates the error.
     *
     * @param model the model class that was queried
     * @param lookup the lookup that matched nothing, shown in the message; empty for none
     */
    public DoesNotExist(Class<?> model, String lookup) {
        super(model.getSimpleName() + " matching query does not exist" + (lookup.isEmpty() ? "." : ": " + lookup));
        this.model = model;
    }

    /**
     * The model class that was queried.
     *
     * @return the queried model class
     */
    public Class<?> model() {
        return model;
    }
}
