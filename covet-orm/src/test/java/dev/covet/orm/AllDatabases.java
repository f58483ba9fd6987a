package dev.covet.orm;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

import java.util.List;
import java.util.stream.Stream;

/** Expands a {@link DbTest} into one invocation per database. */
final class AllDatabases implements TestTemplateInvocationContextProvider {
    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getRequiredTestMethod().isAnnotationPresent(DbTest.class);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        TestDatabases all = TestDatabases.get(context);
        return all.names().stream().map(name -> invocation(all, name));
    }

    private static TestTemplateInvocationContext invocation(TestDatabases all, String name) {
        return new TestTemplateInvocationContext() {
            @Override
            public String getDisplayName(int invocationIndex) {
                return "[" + name + "]";
            }

            @Override
            public List<Extension> getAdditionalExtensions() {
                return List.of(new Activate(all, name));
            }
        };
    }

    /**
     * Makes the database's runtime (in the lane its class holds) current on the test's thread with empty tables before the test (and
     * no longer current after it), offers it as a parameter, and puts its name in front of a failure's
     * message (Surefire's console shows invocations by number only).
     */
    private record Activate(TestDatabases all, String name)
            implements BeforeEachCallback, AfterEachCallback, ParameterResolver, TestExecutionExceptionHandler {
        private static final ExtensionContext.Namespace BINDING = ExtensionContext.Namespace.create(Activate.class);

        @Override
        public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
            String message = "[" + name + "] " + (failure instanceof AssertionError ? failure.getMessage() : failure.toString());
            if (failure instanceof AssertionError) {
                AssertionError named = new AssertionError(message, failure);
                named.setStackTrace(failure.getStackTrace());
                throw named;
            }
            RuntimeException named = new RuntimeException(message, failure);
            named.setStackTrace(failure.getStackTrace());
            throw named;
        }

        @Override
        public void beforeEach(ExtensionContext context) {
            context.getStore(BINDING).put(CovetRuntime.Binding.class, lease(context).activate(name));
        }

        /** The lane the test's class holds, leased on its first test and given back when the class is done. */
        private TestDatabases.Lease lease(ExtensionContext context) {
            ExtensionContext c = context;
            while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
                c = c.getParent().get();
            }
            return c.getStore(BINDING).getOrComputeIfAbsent(TestDatabases.Lease.class, k -> all.lease(), TestDatabases.Lease.class);
        }

        @Override
        public void afterEach(ExtensionContext context) {
            CovetRuntime.Binding bound = context.getStore(BINDING).remove(CovetRuntime.Binding.class, CovetRuntime.Binding.class);
            if (bound != null) {
                bound.close();
            }
        }

        @Override
        public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
            return p.getParameter().getType() == TestDb.class;
        }

        @Override
        public Object resolveParameter(ParameterContext p, ExtensionContext e) {
            return new TestDb(name, Covet.database());
        }
    }
}
