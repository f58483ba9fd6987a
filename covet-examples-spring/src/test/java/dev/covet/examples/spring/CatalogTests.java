package dev.covet.examples.spring;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.covet.orm.Covet;
import dev.covet.orm.exception.ValidationError;
import dev.covet.orm.db.DatabaseUrl;
import dev.covet.orm.testing.ThrowawayDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The sample application on one database (a subclass per database): one Spring context, reused by every
 * test of the class and closed after it, so that each class's context owns Covet's default runtime and
 * its pool is gone before the throwaway database is dropped.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class CatalogTests {
    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired Catalog catalog;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired DataSource dataSource;
    @Autowired MeterRegistry meters;

    /** Is {@code name} among the databases {@code -Dcovet.test.databases} narrows a local run to (all when unset)? */
    static boolean wanted(String name) {
        String only = System.getProperty("covet.test.databases", "").trim();
        return only.isEmpty() || List.of(only.split(",")).stream().map(String::trim).anyMatch(name::equals);
    }

    /** Points {@code spring.datasource.*} at a throwaway database on the server {@code variable} (or {@code fallback}) names. */
    static void useThrowawayDatabase(DynamicPropertyRegistry registry, String variable, String fallback) {
        String admin = System.getenv(variable) == null || System.getenv(variable).isBlank() ? fallback : System.getenv(variable);
        ThrowawayDatabase db = ThrowawayDatabase.on(admin, "covet_spring_test_");
        // dropped when the JVM ends, after the context (and its pool) closed with the test class
        Runtime.getRuntime().addShutdownHook(new Thread(db::close));
        DatabaseUrl url = DatabaseUrl.parse(db.url());
        String jdbcUrl = url.isSqlite() ? "jdbc:sqlite:" + url.path()
                : "jdbc:" + (url.isPostgres() ? "postgresql" : "mariadb") + "://" + url.host() + ":" + url.port() + "/" + url.database();
        registry.add("spring.datasource.url", () -> jdbcUrl);
        if (url.user() != null) {
            registry.add("spring.datasource.username", url::user);
        }
        if (url.password() != null) {
            registry.add("spring.datasource.password", url::password);
        }
    }

    @BeforeEach
    void emptyTables() {
        Book.objects.all().delete();
        Author.objects.all().delete();
        jdbc.update("DELETE FROM audit_log");
    }

    @Test
    void theRestEndpointAddsListsAndReadsBooks() throws Exception {
        String body = json.writeValueAsString(List.of(
                new Catalog.NewBook("Dune", "Frank Herbert", new BigDecimal("9.99")),
                new Catalog.NewBook("Children of Dune", "Frank Herbert", new BigDecimal("8.50"))));
        String created = mvc.perform(post("/books").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$[0].title").value("Dune"))
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(created).get(0).get("id").asLong();

        mvc.perform(get("/books"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].title").value("Children of Dune"))
                .andExpect(jsonPath("$[1].author").value("Frank Herbert"))
                .andExpect(jsonPath("$[1].price").value(9.99));
        mvc.perform(get("/books/" + id)).andExpect(status().isOk()).andExpect(jsonPath("$.title").value("Dune"));
        mvc.perform(get("/books/" + (id + 1000))).andExpect(status().isNotFound());
        assertThat(Author.objects.count()).isEqualTo(1);
        assertThat(catalog.audit()).containsExactlyInAnyOrder("added Dune", "added Children of Dune");
    }

    @Test
    void aModelReturnedByAControllerIsWrittenByCovetsJacksonModule() throws Exception {
        Author frank = Author.objects.create(java.util.Map.of("name", "Frank Herbert"));
        Book dune = Book.objects.create(java.util.Map.of("title", "Dune", "author", frank, "price", new BigDecimal("9.99")));
        mvc.perform(get("/books/" + dune.id + "/model"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Dune"))
                .andExpect(jsonPath("$.author.name").value("Frank Herbert"))
                .andExpect(jsonPath("$.author.books").doesNotExist());
        String plain = json.writeValueAsString(Book.objects.get("id", dune.id));
        assertThat(json.readTree(plain).get("author").asLong()).as("an unloaded key is written as the key").isEqualTo(frank.id);
    }

    @Test
    void aBadBookInThePostIsA400AndNothingOfThePostIsKept() throws Exception {
        String body = json.writeValueAsString(List.of(
                new Catalog.NewBook("Emma", "Jane Austen", new BigDecimal("5.00")),
                new Catalog.NewBook("Persuasion", "Jane Austen", new BigDecimal("-1.00"))));
        mvc.perform(post("/books").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.price").exists());
        assertThat(Book.objects.count()).isZero();
        assertThat(catalog.audit()).isEmpty();
    }

    @Test
    void aFailureInsideTransactionalRollsBackBothTheCovetSaveAndTheJdbcTemplateInsert() {
        // the first book's save and its audit row are written in the transaction before the second fails
        assertThatThrownBy(() -> catalog.add(List.of(
                new Catalog.NewBook("Ulysses", "James Joyce", new BigDecimal("12.00")),
                new Catalog.NewBook("Dubliners", "James Joyce", new BigDecimal("-3.00")))))
                .isInstanceOf(ValidationError.class);
        assertThat(Book.objects.count()).isZero();
        assertThat(Author.objects.count()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log", Integer.class)).isZero();

        // and without the failure, both are kept
        catalog.add(List.of(new Catalog.NewBook("Ulysses", "James Joyce", new BigDecimal("12.00"))));
        assertThat(Book.objects.count()).isEqualTo(1);
        assertThat(catalog.audit()).containsExactly("added Ulysses");
    }

    @Test
    void covetAndJdbcTemplateShareTheSpringTransactionAndCovetAtomicIsASavepointInIt() {
        transactions.executeWithoutResult(status -> {
            assertThat(Covet.database().inTransaction()).isTrue();
            Author kept = Author.objects.create(Map.of("name", "kept"));
            // JdbcTemplate sees Covet's uncommitted row, and Covet sees JdbcTemplate's: one connection
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM author WHERE name = 'kept'", Integer.class)).isEqualTo(1);
            jdbc.update("INSERT INTO audit_log (message) VALUES ('inside')");
            assertThat(Author.objects.filter("id", kept.id).exists()).isTrue();
            assertThatThrownBy(() -> Covet.atomic(() -> {
                Author.objects.create(Map.of("name", "rolled back"));
                throw new IllegalStateException("inner");
            })).hasMessage("inner");
            Covet.atomic(() -> Author.objects.create(Map.of("name", "saved in a savepoint")));
        });
        assertThat(Author.objects.orderBy("name").valuesList(String.class, "name").list())
                .containsExactly("kept", "saved in a savepoint");
        assertThat(catalog.audit()).containsExactly("inside");

        // Spring rolls back: Covet's work in the transaction, savepoints included, goes with JdbcTemplate's
        transactions.executeWithoutResult(status -> {
            Author.objects.create(Map.of("name", "gone"));
            Covet.atomic(() -> Author.objects.create(Map.of("name", "gone too")));
            jdbc.update("INSERT INTO audit_log (message) VALUES ('gone')");
            status.setRollbackOnly();
        });
        assertThat(Author.objects.count()).isEqualTo(2);
        assertThat(catalog.audit()).containsExactly("inside");
    }

    @Test
    void onCommitRunsAfterSpringCommitsAndNeverAfterItRollsBack() {
        List<String> ran = new ArrayList<>();
        transactions.executeWithoutResult(status -> {
            Covet.onCommit(() -> ran.add("outside atomic"));
            Covet.atomic(() -> {
                Author.objects.create(Map.of("name", "a"));
                Covet.onCommit(() -> ran.add("in atomic"));
            });
            assertThat(ran).isEmpty();
        });
        assertThat(ran).containsExactly("outside atomic", "in atomic");

        transactions.executeWithoutResult(status -> {
            Covet.onCommit(() -> ran.add("rolled back"));
            status.setRollbackOnly();
        });
        assertThat(ran).containsExactly("outside atomic", "in atomic");
        // outside any transaction a hook runs at once
        Covet.onCommit(() -> ran.add("now"));
        assertThat(ran).endsWith("now");
    }

    @Test
    void healthAndStatementTimingsAreExposed() throws Exception {
        Author.objects.create(Map.of("name", "timed"));
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.covet.status").value("UP"))
                .andExpect(jsonPath("$.components.covet.details.models").value(2));
        assertThat(meters.find("covet.statements").tag("database", "default").tag("outcome", "success").timer())
                .isNotNull()
                .satisfies(t -> assertThat(t.count()).isPositive());
        assertThat(meters.find("covet.query").tag("operation", "insert").tag("database", "default").timer())
                .isNotNull()
                .satisfies(t -> assertThat(t.count()).isPositive());
        assertThat(meters.find("covet.pool.size").tag("database", "default").gauge())
                .isNotNull()
                .satisfies(g -> assertThat(g.value()).isPositive());
    }

    @Test
    void theTestsRunOnTheVersionsSpringBootPicks() throws Exception {
        // Boot manages HikariCP and the drivers below the versions Covet is built with; these are Boot's
        assertThat(pomVersion("com.zaxxer", "HikariCP")).isEqualTo(System.getProperty("boot.hikaricp.version")).isNotBlank();
        try (Connection c = dataSource.getConnection()) {
            String driver = c.getMetaData().getDriverName();
            String expected = System.getProperty(switch (driver) {
                case "PostgreSQL JDBC Driver" -> "boot.postgresql.version";
                case "MariaDB Connector/J" -> "boot.mariadb.version";
                default -> "boot.sqlite-jdbc.version";
            });
            assertThat(c.getMetaData().getDriverVersion()).isEqualTo(expected).isNotBlank();
        }
    }

    private static String pomVersion(String group, String artifact) throws Exception {
        try (InputStream in = CatalogTests.class.getClassLoader().getResourceAsStream("META-INF/maven/" + group + "/" + artifact + "/pom.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        }
    }
}
