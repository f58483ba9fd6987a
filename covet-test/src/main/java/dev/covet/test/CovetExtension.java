package dev.covet.test;

import org.junit.jupiter.api.extension.ClassTemplateInvocationContext;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContextProvider;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

import java.util.List;
import java.util.stream.Stream;

/**
 * Expands a {@link CovetTest} class into one run per database; each run's {@link DatabaseRun} makes
 * the database, sets Covet up on it and watches the tests. Registered by {@code @CovetTest}; not used
 * directly.
 */
public final class CovetExtension implements ClassTemplateInvocationContextProvider {
    /** Made by JUnit. */
    public CovetExtension() {
    }

    @Override
    public boolean supportsClassTemplate(ExtensionContext context) {
        return AnnotationSupport.isAnnotated(context.getRequiredTestClass(), CovetTest.class);
    }

    @Override
    public Stream<ClassTemplateInvocationContext> provideClassTemplateInvocationContexts(ExtensionContext context) {
        CovetTest test = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), CovetTest.class).orElseThrow();
        return TestServers.names(test).stream().map(name -> invocation(test, name));
    }

    /** A run narrowed (by {@code covet.test.databases}) to none of the class's databases skips the class. */
    @Override
    public boolean mayReturnZeroClassTemplateInvocationContexts(ExtensionContext context) {
        return true;
    }

    private static ClassTemplateInvocationContext invocation(CovetTest test, String name) {
        return new ClassTemplateInvocationContext() {
            @Override
            public String getDisplayName(int invocationIndex) {
                return "[" + name + "]";
            }

            @Override
            public List<Extension> getAdditionalExtensions() {
                return List.of(new DatabaseRun(test, name));
            }
        };
    }
}
