package dev.covet.orm.exception;

/** {@code get()} matched more than one row. */
public class MultipleObjectsReturned extends CovetException {
    /** The model class that was queried. */
    private final Class<?> model;

    /**
     * Creates the error.
     *
     * @param model the model class that was queried
     * @param lookup the lookup that matched several rows, shown in the message; empty for none
     * @param howMany how many rows matched, as text (such as "2" or "more than 20")
     */
    public MultipleObjectsReturned(Class<?> model, String lookup, String howMany) {
        super("get() returned more than one " + model.getSimpleName() + " -- it returned " + howMany + "!"
                + (lookup.isEmpty() ? "" : " Lookup: " + lookup));
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
