package dev.covet.orm.meta;

/**
 * Lets Covet reach the classes of an application's named module: on the module path, a module reads
 * only what it requires, and Covet cannot require its users' modules, so it adds the read edge at run
 * time before making a lookup into a model or record class (which must still be in a package the
 * application opens to {@code dev.covet.orm}). On the class path this does nothing.
 */
public final class Modules {
    private Modules() {
    }

    /**
     * Makes Covet's module read {@code type}'s module.
     *
     * @param type a class Covet is about to reach by reflection or method handles
     * @param <T> the class's type
     * @return {@code type}
     */
    public static <T> Class<T> readable(Class<T> type) {
        Module covet = Modules.class.getModule();
        if (covet.isNamed() && !covet.canRead(type.getModule())) {
            covet.addReads(type.getModule());
        }
        return type;
    }
}
