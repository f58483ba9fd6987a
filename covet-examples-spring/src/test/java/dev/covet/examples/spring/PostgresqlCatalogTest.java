package dev.covet.examples.spring;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@DisplayName("Spring sample [postgresql]")
@EnabledIf("wanted")
class PostgresqlCatalogTest extends CatalogTests {
    static boolean wanted() {
        return wanted("postgresql");
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        useThrowawayDatabase(registry, "COVET_TEST_POSTGRESQL", "postgresql://postgres@127.0.0.1:5432/postgres");
    }
}
