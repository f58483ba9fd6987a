package dev.covet.orm;

import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test that runs once on each database, shown as {@code [sqlite]}, {@code [postgresql]} and
 * {@code [mariadb]}, each time on that database's own per-run test database with empty tables.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(AllDatabases.class)
public @interface DbTest {
}
