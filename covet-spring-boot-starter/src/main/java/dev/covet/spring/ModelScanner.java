package dev.covet.spring;

import dev.covet.orm.exception.ImproperlyConfigured;
import dev.covet.orm.Model;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the concrete {@link Model} classes under some packages, as Spring Data finds entities: by
 * reading class files, without loading the classes it passes over. Abstract models come along
 * through the models that extend them.
 */
final class ModelScanner {
    private ModelScanner() {
    }

    static List<Class<? extends Model>> scan(List<String> packages, ClassLoader loader) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(Model.class));
        List<Class<? extends Model>> found = new ArrayList<>();
        for (String pkg : packages) {
            for (BeanDefinition candidate : scanner.findCandidateComponents(pkg)) {
                Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), loader);
                Class<? extends Model> model = type.asSubclass(Model.class);
                if (!found.contains(model)) {
                    found.add(model);
                }
            }
        }
        if (found.isEmpty()) {
            throw new ImproperlyConfigured("No Covet models were found in " + packages
                    + "; put them under the application's package or name theirs in covet.packages");
        }
        // class-path order differs between machines; registration order should not
        found.sort(Comparator.comparing(Class::getName));
        return found;
    }
}
