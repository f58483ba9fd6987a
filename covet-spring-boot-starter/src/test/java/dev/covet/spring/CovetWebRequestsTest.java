package dev.covet.spring;

import dev.covet.orm.Config;
import dev.covet.orm.Covet;
import dev.covet.orm.CovetRuntime;
import dev.covet.spring.models.Note;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Spring Boot applications side by side in one JVM, each with an embedded Tomcat on a port of its
 * own and a SQLite file of its own: the first holds Covet's default runtime, the second a runtime beside
 * it, and each one's requests read its own database through the static face.
 */
class CovetWebRequestsTest {
    private final List<ConfigurableApplicationContext> started = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    /** An application that answers with the notes its requests see through {@code Note.objects}. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    @RestController
    static class NotesApplication implements ErrorController {
        static String notes() {
            return Note.objects.orderBy("id").list().stream().map(n -> n.text).collect(Collectors.joining(","));
        }

        /** A filter of the application's where Spring Security's sits, early among the filters: inside the request's binding. */
        @Bean
        FilterRegistrationBean<Filter> countingFilter() {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
                ((HttpServletResponse) response).setHeader("Notes-Counted", String.valueOf(Note.objects.count()));
                chain.doFilter(request, response);
            });
            registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER);
            registration.addUrlPatterns("/notes", "/notes/*", "/fails");
            return registration;
        }

        @GetMapping("/notes")
        String now() {
            return notes();
        }

        @GetMapping("/notes/later")
        Callable<String> later() {
            return NotesApplication::notes;
        }

        @GetMapping("/ping")
        String ping() {
            return "pong";
        }

        /** A runtime of neither application's, which {@code /leaks} binds and leaves bound, as a careless request might. */
        static volatile CovetRuntime elsewhere;
        /**
         * The runtime current on the request's thread once the chain inside the outermost filter has returned, one
         * per request (the client may have its response before the filter gets there).
         */
        static final java.util.concurrent.BlockingQueue<java.util.Optional<CovetRuntime>> AFTER_THE_CHAIN =
                new java.util.concurrent.LinkedBlockingQueue<>();

        @GetMapping("/leaks")
        String leaks() {
            elsewhere.bind();
            return "left open";
        }

        /** The outermost filter, ahead of Covet's: what is current on the thread once the request is done. */
        @Bean
        FilterRegistrationBean<Filter> afterTheChain() {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
                try {
                    chain.doFilter(request, response);
                } finally {
                    AFTER_THE_CHAIN.add(Covet.currentRuntime());
                }
            });
            registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
            registration.addUrlPatterns("/leaks");
            return registration;
        }

        @GetMapping("/fails")
        String fails() {
            throw new IllegalStateException("fails on purpose");
        }

        /** The error page, rendered on the container's {@code ERROR} dispatch after the request's has ended. */
        @RequestMapping("/error")
        ResponseEntity<String> error() {
            return ResponseEntity.internalServerError().body(notes());
        }
    }

    private ConfigurableApplicationContext start(Path file, String... notes) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(NotesApplication.class)
                .web(WebApplicationType.SERVLET)
                .properties("server.port=0", "spring.main.banner-mode=off", "spring.datasource.url=jdbc:sqlite:" + file,
                        "covet.packages=dev.covet.spring.models", "covet.create-tables=true")
                .run();
        started.add(context);
        context.getBean(CovetRuntime.class).run(() -> {
            for (String text : notes) {
                Note.objects.create(Map.of("text", text));
            }
        });
        return context;
    }

    private HttpResponse<String> send(ConfigurableApplicationContext context, String path) throws IOException, InterruptedException {
        return send(context, path, 200);
    }

    private HttpResponse<String> send(ConfigurableApplicationContext context, String path, int status) throws IOException, InterruptedException {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s on port %d: %s", path, port, response.body()).isEqualTo(status);
        return response;
    }

    private String get(ConfigurableApplicationContext context, String path) throws IOException, InterruptedException {
        return send(context, path).body();
    }

    @AfterEach
    void closeTheApplications() {
        started.reversed().forEach(ConfigurableApplicationContext::close);
        http.close();
        assertThat(Covet.isSetup()).isFalse();
    }

    @Test
    void eachApplicationsRequestsReadItsOwnDatabase() throws Exception {
        ConfigurableApplicationContext first = start(SqliteFiles.next(), "first's only note");
        ConfigurableApplicationContext second = start(SqliteFiles.next(), "second's one", "second's two");
        assertThat(first.getBean(CovetSetup.class).isDefault()).isTrue();
        assertThat(second.getBean(CovetSetup.class).isDefault()).isFalse();

        for (int round = 0; round < 3; round++) {   // Tomcat's threads serve one request after another
            assertThat(get(second, "/notes")).isEqualTo("second's one,second's two");
            assertThat(get(first, "/notes")).isEqualTo("first's only note");
        }
    }

    @Test
    void aCallableRunsInsideItsApplicationsRuntime() throws Exception {
        ConfigurableApplicationContext first = start(SqliteFiles.next(), "first's only note");
        ConfigurableApplicationContext second = start(SqliteFiles.next(), "second's one", "second's two");

        for (int round = 0; round < 3; round++) {
            assertThat(get(second, "/notes/later")).isEqualTo("second's one,second's two");
            assertThat(get(first, "/notes/later")).isEqualTo("first's only note");
        }
    }

    @Test
    void theApplicationsFiltersRunInsideTheBindingToo() throws Exception {
        ConfigurableApplicationContext first = start(SqliteFiles.next(), "first's only note");
        ConfigurableApplicationContext second = start(SqliteFiles.next(), "second's one", "second's two");

        assertThat(send(second, "/notes").headers().firstValue("Notes-Counted")).hasValue("2");
        assertThat(send(first, "/notes").headers().firstValue("Notes-Counted")).hasValue("1");
    }

    @Test
    void theErrorPageRendersInsideItsApplicationsRuntime() throws Exception {
        ConfigurableApplicationContext first = start(SqliteFiles.next(), "first's only note");
        ConfigurableApplicationContext second = start(SqliteFiles.next(), "second's one", "second's two");

        assertThat(send(second, "/fails", 500).body()).isEqualTo("second's one,second's two");
        assertThat(send(first, "/fails", 500).body()).isEqualTo("first's only note");
    }

    @Test
    void aRequestThatDoesNotUseCovetStillAnswersAfterCovetIsShutDownByHand() throws Exception {
        ConfigurableApplicationContext app = start(SqliteFiles.next(), "a note");
        assertThat(get(app, "/notes")).isEqualTo("a note");
        Covet.shutdown();
        assertThat(get(app, "/ping")).isEqualTo("pong");
        send(app, "/notes", 500);   // one that does fails, as it would without the filter
    }

    @Test
    void aBindingARequestLeavesOpenEndsWithTheRequest() throws Exception {
        ConfigurableApplicationContext first = start(SqliteFiles.next(), "first's only note");
        ConfigurableApplicationContext second = start(SqliteFiles.next(), "second's one", "second's two");
        Config elsewhere = Config.builder().database("sqlite:" + SqliteFiles.next()).models(Note.class).build();
        try (CovetRuntime leaked = Covet.open(elsewhere)) {
            NotesApplication.elsewhere = leaked;
            NotesApplication.AFTER_THE_CHAIN.clear();
            for (int round = 0; round < 3; round++) {
                assertThat(get(second, "/leaks")).isEqualTo("left open");
                assertThat(NotesApplication.AFTER_THE_CHAIN.poll(10, java.util.concurrent.TimeUnit.SECONDS))
                        .as("current on the thread once the request is done: what was before it, the default")
                        .containsSame(first.getBean(CovetRuntime.class));
                assertThat(get(second, "/notes")).isEqualTo("second's one,second's two");
            }
        }
    }

    @Test
    void theRequestFilterIsRegisteredInServletApplicationsOnly() {
        ConfigurableApplicationContext web = start(SqliteFiles.next());
        assertThat(web.containsBean("covetRequestFilter")).isTrue();
        ConfigurableApplicationContext plain = new SpringApplicationBuilder(NotesApplication.class)
                .web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off", "spring.datasource.url=jdbc:sqlite:" + SqliteFiles.next(),
                        "covet.packages=dev.covet.spring.models")
                .run();
        started.add(plain);
        assertThat(plain.containsBean("covetSetup")).isTrue();
        assertThat(plain.containsBean("covetRequestFilter")).isFalse();
    }
}
