package dev.covet.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot application on Covet: the models in this package, Covet on {@code spring.datasource.*}
 * (SQLite by default; see application.properties), a REST endpoint at {@code /books}.
 */
@SpringBootApplication
public class SampleApplication {
    public static void main(String[] args) {
        SpringApplication.run(SampleApplication.class, args);
    }
}
