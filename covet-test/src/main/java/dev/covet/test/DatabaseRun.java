package dev.covet.test;

import dev.covet.orm.Config;
import dev.covet.orm.exception.ConnectionLost;
import dev.covet.orm.Covet;
import dev.covet.orm.exception.ImproperlyConfigured;
import dev.covet.orm.db.Transaction;
import dev.covet.orm.relation.ContentType;
import dev.covet.orm.schema.SchemaEditor;
import dev.covet.orm.testing.ThrowawayDatabase;
import org.junit.jupiter.api.extension.AfterClassTemplateInvocationCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeClassTemplateInvocationCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.platform.commons.support.AnnotationSupport;

import java.lang.reflect.Method;
import java.sql.SQLException;
import java.util.Optional;

/**
 * One run of a {@link CovetTest} class on one database: makes the throwaway database and sets Covet
 * up on it before the class, undoes each test's writes after it, checks each test method's statements
 * ({@link MaxQueries}, the N+1 limit), and drops the database after the class. Used by one class run
 * on one thread at a time.
 */
final class DatabaseRun implements BeforeClassTemplateInvocationCallback, AfterClassTemplateInvocationCallback, BeforeEachCallback, AfterEachCallback,
        InvocationInterceptor, ParameterResolver, TestExecutionExceptionHandler {
    private static final String PREFIX = "covet_test_";

    private final CovetTest test;
    private final String name;
    private ThrowawayDatabase database;
    private Transaction transaction;

    DatabaseRun(CovetTest test, String name) {
        this.test = test;
        this.name = name;
    }

    @Override
    public void beforeClassTemplateInvocation(ExtensionContext context) {
        if (Covet.isSetup()) {
            throw new ImproperlyConfigured("Covet is already set up, but @CovetTest sets it up itself on each test database;"
                    + " call Covet.shutdown() after the tests that set it up (in an @AfterAll)");
        }
        database = create();
        try {
            Covet.setup(Config.builder().database(database.url()).models(test.models()).build());
            Covet.createTables();
        } catch (RuntimeException e) {
            try {
                Covet.shutdown();
                database.close();
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            database = null;
            throw e;
        }
    }

    private ThrowawayDatabase create() {
        String url = TestServers.adminUrl(name);
        try {
            return ThrowawayDatabase.on(url, PREFIX);
        } catch (ConnectionLost e) {
            throw new ConnectionLost("The " + name + " test database could not be made: " + e.getMessage()
                    + ". Start the server, point " + TestServers.variable(name) + " (or -Dcovet.test." + name
                    + ") at one, or leave " + name + " out of covet.test.databases.",
                    e.getCause() instanceof SQLException cause ? cause : null);
        }
    }

    @Override
    public void afterClassTemplateInvocation(ExtensionContext context) {
        if (database == null) {
            return;  // this run set nothing up (and a Covet set up elsewhere is not ours to shut down)
        }
        try {
            Covet.shutdown();
        } finally {
            ContentType.clearCache();
            database.close();
            database = null;
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (test.isolation() == Isolation.ROLLBACK) {
            transaction = Covet.begin();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            if (test.isolation() == Isolation.ROLLBACK) {
                Transaction t = transaction;
                transaction = null;
                if (t != null && t.isActive()) {
                    t.rollback();
                }
            } else {
                new SchemaEditor(Covet.database()).emptyTables(Covet.models());
            }
        } finally {
            // content types made by the test went with its rows
            ContentType.clearCache();
        }
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
                                    ExtensionContext context) throws Throwable {
        watched(invocation, context);
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
                                            ExtensionContext context) throws Throwable {
        watched(invocation, context);
    }

    /** Runs the test method while watching its statements, then fails it if they break a limit. */
    private void watched(Invocation<Void> invocation, ExtensionContext context) throws Throwable {
        Optional<MaxQueries> max = AnnotationSupport.findAnnotation(context.getRequiredTestMethod(), MaxQueries.class)
                .or(() -> AnnotationSupport.findAnnotation(context.getRequiredTestClass(), MaxQueries.class));
        try (QueryWatch watch = QueryWatch.start()) {
            invocation.proceed();
            watch.close();
            Optional<String> failure = max.flatMap(m -> watch.overLimit(m.value()));
            if (failure.isEmpty() && test.repeatedQueryLimit() > 0) {
                failure = watch.repeated(test.repeatedQueryLimit());
            }
            if (failure.isPresent()) {
                throw new AssertionError(failure.get());
            }
        }
    }

    /**
     * Puts the database's name in front of a failed assertion: a console that lists tests by method
     * shows which run failed. Other exceptions pass unchanged.
     */
    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        String prefix = "[" + name + "] ";
        if (!(failure instanceof AssertionError) || String.valueOf(failure.getMessage()).startsWith(prefix)) {
            throw failure;
        }
        AssertionError named = new AssertionError(prefix + failure.getMessage(), failure);
        named.setStackTrace(failure.getStackTrace());
        throw named;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return new TestDatabase(name, database.url(), Covet.database());
    }
}
