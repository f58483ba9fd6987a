package dev.covet.orm.exception;

/** {@code get()} matched more than one row. */
public class MultipleObjectsReturned extends CovetException {
    /** The model class that was queried. */
    private final Class<?> model;

    /** Creates the error. */
    public MultipleObjectsReturned(Class<?> model, String lookup, String howMany) {
        super("get() returned more than one " + model.getSimpleName() + " -- it returned " + howMany + "!"
                + (lookup.isEmpty() ? "" : " Lookup: " + lookup));
        this.model = model;
    }

    /** The model class that was queried. */
    public Class<?> model() {
        return model;
    }
}
