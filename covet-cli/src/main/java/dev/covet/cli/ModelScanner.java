package dev.covet.cli;

import dev.covet.orm.Model;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Finds the concrete model classes in the given packages (and their subpackages) with ClassGraph. */
final class ModelScanner {
    private ModelScanner() {
    }

    static List<Class<? extends Model>> find(List<String> packages, ClassLoader loader) {
        List<Class<? extends Model>> out = new ArrayList<>();
        try (ScanResult scan = new ClassGraph().enableClassInfo().acceptPackages(packages.toArray(String[]::new))
                .overrideClassLoaders(loader).scan()) {
            for (ClassInfo info : scan.getAllStandardClasses()) {
                if (info.isAbstract() || info.isAnonymousInnerClass()) {
                    continue;
                }
                // loaded rather than asked of ClassGraph: a model may extend a base class outside the scanned packages
                Class<?> type = load(info.getName(), loader);
                if (Model.class.isAssignableFrom(type) && type != Model.class) {
                    out.add(type.asSubclass(Model.class));
                }
            }
        }
        out.sort(Comparator.comparing(Class::getName));
        if (out.isEmpty()) {
            throw CliError.usage("No model classes (subclasses of " + Model.class.getName() + ") in the packages "
                    + String.join(", ", packages) + ". Check the package names (--models, COVET_MODELS or models.packages)"
                    + " and that the application's classes are on the classpath (--classpath or COVET_CLASSPATH).");
        }
        return out;
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            // not initialized here: registering the model initializes it, once Covet is set up
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw CliError.usage("Cannot load the class " + name + ": " + e + ". Is the application's whole classpath"
                    + " (its dependencies too) given with --classpath or COVET_CLASSPATH?");
        }
    }
}
