package dev.covet.spring;

import dev.covet.orm.Covet;
import dev.covet.orm.CovetRuntime;
import dev.covet.spring.models.Note;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestContextManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Map;

import static dev.covet.spring.CovetAutoConfigurationTest.runner;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Spring test on a context whose Covet runtime is not the default (Spring's context cache keeps an
 * earlier test class's context, which set Covet up, open): its methods run inside their own context's
 * runtime. The test classes below are driven through Spring's {@link TestContextManager}, as JUnit's
 * {@code SpringExtension} drives them, with the listener found in {@code META-INF/spring.factories}.
 */
class CovetTestExecutionListenerTest {
    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
            CovetAutoConfiguration.class})
    static class Application {
    }

    @Configuration(proxyBeanMethods = false)
    static class WithoutCovet {
    }

    /** A {@code @SpringBootTest} class of the application, on a SQLite file of its own. */
    @SpringBootTest(classes = Application.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
            properties = {"covet.packages=dev.covet.spring.models", "covet.create-tables=true"})
    @DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
    static class NotesTest {
        static Path file;

        @Autowired CovetSetup covet;
        @Autowired DataSource dataSource;
        @Autowired PlatformTransactionManager transactionManager;

        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            registry.add("spring.datasource.url", () -> "jdbc:sqlite:" + file);
        }

        /** The test method: the static face works on this context's database, inside Spring's transactions too. */
        void writesToItsOwnDatabase() {
            assertThat(Covet.runtime()).isSameAs(covet.runtime());
            assertThat(Note.objects.count()).isZero();
            Note.objects.create(Map.of("text", "in the test's database"));
            assertThat(Note.objects.count()).isEqualTo(1);
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                Note.objects.create(Map.of("text", "rolled back"));
                assertThat(jdbc.queryForObject("SELECT count(*) FROM note", Integer.class)).isEqualTo(2);
                status.setRollbackOnly();
            });
            assertThat(jdbc.queryForList("SELECT text FROM note", String.class)).containsExactly("in the test's database");
        }
    }

    /** A Spring test whose context has no Covet. */
    @SpringBootTest(classes = WithoutCovet.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
    @DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
    static class PlainTest {
        void nothingToDo() {
        }
    }

    /** Runs {@code method} of {@code test} as the SpringExtension does: class, instance and method callbacks around it. */
    static void runAsSpringTest(Object test, String method, Runnable body) throws Exception {
        TestContextManager manager = new TestContextManager(test.getClass());
        Method m = test.getClass().getDeclaredMethod(method);
        manager.beforeTestClass();
        try {
            manager.prepareTestInstance(test);
            manager.beforeTestMethod(test, m);
            Throwable failure = null;
            try {
                manager.beforeTestExecution(test, m);
                body.run();
                manager.afterTestExecution(test, m, null);
            } catch (Throwable t) {
                failure = t;
                throw t;
            } finally {
                manager.afterTestMethod(test, m, failure);
            }
        } finally {
            manager.afterTestClass();
        }
    }

    @Test
    void theListenerIsFoundInSpringFactories() {
        assertThat(new TestContextManager(PlainTest.class).getTestExecutionListeners())
                .anyMatch(CovetTestExecutionListener.class::isInstance);
    }

    @Test
    void aTestOnASecondContextRunsInsideItsRuntime() throws Exception {
        NotesTest.file = SqliteFiles.next();
        runner().withPropertyValues("covet.create-tables=true").run(first -> {
            CovetRuntime byDefault = first.getBean(CovetRuntime.class);
            Note.objects.create(Map.of("text", "in the first context's database"));
            NotesTest test = new NotesTest();
            runAsSpringTest(test, "writesToItsOwnDatabase", test::writesToItsOwnDatabase);
            assertThat(test.covet.isDefault()).isFalse();
            assertThat(test.covet.runtime().isClosed()).isTrue();                // @DirtiesContext closed the context
            assertThat(Covet.runtime()).isSameAs(byDefault);                     // the binding ended with the method
            assertThat(Note.objects.count()).isEqualTo(1);
            assertThat(CovetSeveralContextsTest.notes(first)).containsExactly("in the first context's database");
        });
        assertThat(Covet.isSetup()).isFalse();
    }

    @Test
    void aSecondContextsBeforeAllAndAfterAllRunInsideItsRuntime() throws Exception {
        NotesTest.file = SqliteFiles.next();
        runner().withPropertyValues("covet.create-tables=true").run(first -> {
            CovetRuntime byDefault = first.getBean(CovetRuntime.class);
            Note.objects.create(Map.of("text", "in the first context's database"));
            TestContextManager manager = new TestContextManager(NotesTest.class);
            manager.beforeTestClass();                                           // then JUnit runs @BeforeAll
            try {
                assertThat(Covet.runtime()).isNotSameAs(byDefault);
                assertThat(Note.objects.count()).isZero();                       // the second context's database
                Note.objects.create(Map.of("text", "made in @BeforeAll"));
            } finally {
                manager.afterTestClass();
            }
            assertThat(Covet.runtime()).isSameAs(byDefault);
            assertThat(CovetSeveralContextsTest.notes(first)).containsExactly("in the first context's database");
            try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + NotesTest.file);
                 java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT text FROM note")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("made in @BeforeAll");
                assertThat(rs.next()).isFalse();
            }
        });
        assertThat(Covet.isSetup()).isFalse();
    }

    @Test
    void aTestWhoseContextOwnsTheDefaultNeedsNoBinding() throws Exception {
        NotesTest.file = SqliteFiles.next();
        NotesTest test = new NotesTest();
        runAsSpringTest(test, "writesToItsOwnDatabase", () -> {
            assertThat(test.covet.isDefault()).isTrue();
            test.writesToItsOwnDatabase();
        });
        assertThat(Covet.isSetup()).isFalse();
    }

    @Test
    void aTestWithoutCovetIsLeftAlone() throws Exception {
        PlainTest test = new PlainTest();
        runAsSpringTest(test, "nothingToDo", () -> assertThat(Covet.currentRuntime()).isEmpty());
        assertThat(Covet.isSetup()).isFalse();
    }
}
