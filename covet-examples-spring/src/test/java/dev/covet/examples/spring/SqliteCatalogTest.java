package dev.covet.examples.spring;

import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@DisplayName("Spring sample [sqlite]")
class SqliteCatalogTest extends CatalogTests {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        useThrowawayDatabase(registry, "COVET_TEST_SQLITE", "sqlite:target");
    }
}
