package dev.covet.examples.spring;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@DisplayName("Spring sample [mariadb]")
@EnabledIf("wanted")
class MariadbCatalogTest extends CatalogTests {
    static boolean wanted() {
        return wanted("mariadb");
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        useThrowawayDatabase(registry, "COVET_TEST_MARIADB", "mariadb://root@127.0.0.1:3306/mysql");
    }
}
