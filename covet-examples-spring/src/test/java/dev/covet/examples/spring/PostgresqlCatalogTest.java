package dev.covet.examples.spring;

import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@DisplayName("Spring sample [postgresql]")
class PostgresqlCatalogTest extends CatalogTests {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        useThrowawayDatabase(registry, "COVET_TEST_POSTGRESQL", "postgresql://postgres@127.0.0.1:5432/postgres");
    }
}
