package dev.covet.examples.blog;

import dev.covet.orm.testing.ThrowawayDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A modular application (its module-info requires {@code dev.covet.orm} and opens its models to it)
 * compiled and run on the module path with the jars a build ships (target/lib), without
 * {@code --add-modules}: it sets Covet up, creates a table and runs queries.
 */
class ModularApplicationIT {
    private static final Path LIB = Path.of("target/lib");

    private static String server(String name) {
        return switch (name) {
            case "sqlite" -> "sqlite:target";
            case "postgresql" -> env("COVET_TEST_POSTGRESQL", "postgresql://postgres@127.0.0.1:5432/postgres");
            default -> env("COVET_TEST_MARIADB", "mariadb://root@127.0.0.1:3306/mysql");
        };
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    /** Writes and compiles module {@code shop}; returns its classes folder. */
    private static Path compileShop(Path dir) throws IOException {
        Path src = dir.resolve("src");
        write(src.resolve("module-info.java"), """
                module shop {
                    requires dev.covet.orm;
                    opens shop.models to dev.covet.orm;
                }
                """);
        write(src.resolve("shop/models/Note.java"), """
                package shop.models;

                import dev.covet.orm.Manager;
                import dev.covet.orm.Model;
                import dev.covet.orm.field.CharField;

                public class Note extends Model {
                    public static final Manager<Note> objects = Manager.of(Note.class);

                    @CharField(maxLength = 100) public String text;
                }
                """);
        write(src.resolve("shop/Main.java"), """
                package shop;

                import dev.covet.orm.Config;
                import dev.covet.orm.Covet;
                import shop.models.Note;

                import java.util.Map;

                public class Main {
                    public static void main(String[] args) {
                        Covet.setup(Config.builder().database(args[0]).models(Note.class).build());
                        try {
                            Covet.createTables();
                            Note n = Note.objects.create(Map.of("text", "from a module"));
                            System.out.println("count=" + Note.objects.count() + " text=" + Note.objects.get("id", n.id).text
                                    + " module=" + Covet.class.getModule().getName());
                        } finally {
                            Covet.shutdown();
                        }
                    }
                }
                """);
        Path classes = dir.resolve("classes");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> args = List.of("--release", "21", "--module-path", LIB.toString(), "-d", classes.toString(),
                src.resolve("module-info.java").toString(), src.resolve("shop/models/Note.java").toString(),
                src.resolve("shop/Main.java").toString());
        int rc = javac.run(null, err, err, args.toArray(String[]::new));
        assertThat(rc).as("javac: " + err.toString(StandardCharsets.UTF_8)).isZero();
        return classes;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"sqlite", "postgresql", "mariadb"})
    void aModularApplicationRunsAQueryOnTheModulePath(String database) throws Exception {
        assertThat(LIB.resolve("covet-orm-" + System.getProperty("covet.version", "0.1.0-SNAPSHOT") + ".jar"))
                .as("covet-orm in target/lib (mvn package copies it there)").exists();
        Path dir = Files.createTempDirectory(Path.of("target"), "modular-");
        Path classes = compileShop(dir);
        try (ThrowawayDatabase db = ThrowawayDatabase.on(server(database), "covet_modular_test_")) {
            String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process p = new ProcessBuilder(javaBin, "--enable-native-access=ALL-UNNAMED,org.xerial.sqlitejdbc",
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                    "--module-path", LIB + File.pathSeparator + classes, "-m", "shop/shop.Main", db.url())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(out).isZero();
            assertThat(out).contains("count=1 text=from a module module=dev.covet.orm").doesNotContain("NoClassDefFoundError");
        }
    }
}
