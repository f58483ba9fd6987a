package dev.covet.spring;

/**
 * Work that runs once Covet is set up, before any bean that needs {@link CovetSetup} is made: creating
 * tables ({@code covet.create-tables}), migrating, loading fixtures. Every bean of this type runs, in
 * {@link org.springframework.core.annotation.Order @Order}, with the context's runtime current, so that
 * {@code Book.objects} and {@code Covet.*} inside work on the context's database; a failure stops the application.
 */
@FunctionalInterface
public interface CovetInitializer {
    /**
     * Does this initializer's work on the database Covet was just set up on.
     *
     * @param covet Covet, set up; its {@link CovetSetup#database()} is the application's DataSource
     */
    void initialize(CovetSetup covet);
}
