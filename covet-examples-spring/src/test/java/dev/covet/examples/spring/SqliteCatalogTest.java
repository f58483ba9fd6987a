package dev.covet.examples.spring;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@DisplayName("Spring sample [sqlite]")
@EnabledIf("wanted")
class SqliteCatalogTest extends CatalogTests {
    static boolean wanted() {
        return wanted("sqlite");
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        useThrowawayDatabase(registry, "COVET_TEST_SQLITE", "sqlite:target");
    }
}
