package dev.covet.test;

import dev.covet.orm.Model;
import org.junit.jupiter.api.ClassTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a test class once per configured database, each time on a throwaway database of its own
 * (made before the class, dropped after it) with the tables of {@link #models()}: the run shows as
 * {@code [sqlite]}, {@code [postgresql]}, {@code [mariadb]}. Covet is set up on that database for the
 * class, and each test's writes are undone after it (see {@link Isolation}). A test that issues the
 * same SELECT more than {@link #repeatedQueryLimit()} times fails, naming the relation to load with
 * {@code selectRelated}/{@code prefetchRelated}; {@link MaxQueries} caps a test's statements.
 *
 * <pre>{@code
 * import dev.covet.test.CovetTest;
 * import dev.covet.test.MaxQueries;
 * import org.junit.jupiter.api.Test;
 *
 * @CovetTest(models = {Author.class, Book.class})
 * class BookServiceTest {
 *     @Test
 *     @MaxQueries(2)
 *     void listsBooksWithAuthors() {
 *         Author alice = Author.objects.create(Map.of("name", "Alice"));
 *         ...
 *     }
 * }
 * }</pre>
 *
 * <p>Which databases: {@link #databases()}, else the system property {@code covet.test.databases}
 * (or the variable {@code COVET_TEST_DATABASES}), else {@code sqlite}; a property that is set narrows
 * the annotation's list. Where: the property {@code covet.test.<name>} or the variable
 * {@code COVET_TEST_<NAME>} holds an administrative URL for the server (one database there the user can
 * connect to); the defaults are {@code sqlite:target}, {@code postgresql://postgres@127.0.0.1:5432/postgres}
 * and {@code mariadb://root@127.0.0.1:3306/mysql}. A server that cannot be reached fails the tests
 * that need it, saying which variable to set.
 *
 * <p>JUnit runs {@code @BeforeAll} once for all the runs, before any database is set up: seed each
 * test's rows in {@code @BeforeEach}, which runs inside the test's transaction.
 *
 * <p>Covet is global, so {@code @CovetTest} classes must not run concurrently with each other or with
 * code that sets Covet up.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ClassTemplate
@ExtendWith(CovetExtension.class)
public @interface CovetTest {
    /** {@return the models whose tables each throwaway database gets (their relations' targets must be listed too)} */
    Class<? extends Model>[] models();

    /** {@return the databases to run on by name ({@code sqlite}, {@code postgresql}, {@code mariadb}, {@code mysql}); empty means the configured ones} */
    String[] databases() default {};

    /** {@return how each test's writes are undone} */
    Isolation isolation() default Isolation.ROLLBACK;

    /**
     * {@return how many times one test may issue the same SELECT (the same SQL, lists of parameters counted
     * as one) before it fails as an N+1 loop; 0 turns the check off}
     */
    int repeatedQueryLimit() default 5;
}
