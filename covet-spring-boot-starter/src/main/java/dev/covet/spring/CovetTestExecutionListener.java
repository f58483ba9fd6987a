package dev.covet.spring;

import dev.covet.orm.CovetRuntime;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;
import org.springframework.test.context.transaction.TransactionalTestExecutionListener;

/**
 * Runs each method of a Spring test inside its context's Covet runtime, when that runtime is not the
 * JVM's default (the context started while another one had Covet set up: Spring's context cache keeps
 * the contexts of earlier test classes open). {@code Book.objects} and {@code Covet.*} in the test
 * methods, their {@code @BeforeEach} and {@code @AfterEach} methods and the class's {@code @BeforeAll}
 * and {@code @AfterAll} methods then work on the test's context's database. Registered in {@code META-INF/spring.factories}; does nothing for a context without Covet,
 * or whose runtime is the default already.
 *
 * <p>The runtime is bound before Spring's test transaction begins and unbound after it ends
 * ({@link TransactionalTestExecutionListener}), on the thread that runs the test.
 */
public class CovetTestExecutionListener extends AbstractTestExecutionListener {
    /** Ahead of {@link TransactionalTestExecutionListener}'s 4000. */
    public static final int ORDER = 3900;
    private static final String BINDING = CovetTestExecutionListener.class.getName() + ".binding";
    private static final String CLASS_BINDING = CovetTestExecutionListener.class.getName() + ".classBinding";

    /** Made by Spring's TestContext framework, from {@code META-INF/spring.factories}. */
    public CovetTestExecutionListener() {
    }

    /** {@return {@value #ORDER}: ahead of the test transaction, so that it begins and ends inside the runtime} */
    @Override
    public int getOrder() {
        return ORDER;
    }

    /**
     * Makes the context's runtime current for the test class ({@code @BeforeAll} and {@code @AfterAll} methods
     * included), when the context has Covet on a runtime of its own; this loads the context, as the test's
     * first method would.
     *
     * @param testContext the test's context
     */
    @Override
    public void beforeTestClass(TestContext testContext) {
        bind(testContext, testContext.getApplicationContext(), CLASS_BINDING);
    }

    /**
     * Makes the runtime current before the test class current again.
     *
     * @param testContext the test's context
     */
    @Override
    public void afterTestClass(TestContext testContext) {
        unbind(testContext, CLASS_BINDING);
    }

    /**
     * Makes the context's runtime current on this thread for the test method, when the context has Covet on a
     * runtime of its own.
     *
     * @param testContext the test's context
     */
    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            bind(testContext, testContext.getApplicationContext(), BINDING);
        }
    }

    /**
     * Makes the runtime current before the test method current again.
     *
     * @param testContext the test's context
     */
    @Override
    public void afterTestMethod(TestContext testContext) {
        unbind(testContext, BINDING);
    }

    private static void bind(TestContext testContext, ApplicationContext context, String attribute) {
        CovetSetup covet = context.getBeanProvider(CovetSetup.class).getIfUnique();
        if (covet != null && !covet.isDefault()) {
            testContext.setAttribute(attribute, covet.runtime().bind());
        }
    }

    private static void unbind(TestContext testContext, String attribute) {
        if (testContext.removeAttribute(attribute) instanceof CovetRuntime.Binding binding) {
            binding.close();
        }
    }
}
