package dev.covet.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Fails a {@link CovetTest} test method that runs more than {@code value} statements, listing them.
 * Only the test method's own statements count, not those of {@code @BeforeEach} methods. On a class,
 * it applies to each of its methods that has none of its own.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface MaxQueries {
    /** {@return the most statements the test may run} */
    int value();
}
