package dev.covet.orm.exception;

import dev.covet.orm.Covet;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layering of Covet's exceptions, read from the compiled classes: every exception lives in
 * {@code dev.covet.orm.exception}, which is the bottom layer (it names no other Covet package), and the
 * root package, the face, holds none. The paginator and the migrations keep their own ({@code InvalidPage},
 * {@code MigrationError}), as Django's do.
 */
class ExceptionPackageTest {
    private static final Pattern COVET_TYPE = Pattern.compile("dev/covet/orm/([a-z/]*?)/?([A-Z][A-Za-z0-9_$]*)");

    private static Path classes() throws URISyntaxException {
        return Path.of(Covet.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static List<Path> classFiles(Path dir, int depth) throws IOException {
        try (Stream<Path> files = Files.walk(dir, depth)) {
            return files.filter(f -> f.toString().endsWith(".class")).toList();
        }
    }

    @Test
    void theExceptionPackageNamesNoOtherCovetPackage() throws Exception {
        Path dir = classes().resolve("dev/covet/orm/exception");
        List<Path> files = classFiles(dir, 1);
        assertThat(files).hasSizeGreaterThan(25);
        for (Path f : files) {
            String pool = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            Matcher m = COVET_TYPE.matcher(pool);
            while (m.find()) {
                assertThat(m.group(1)).as(f.getFileName() + " names dev/covet/orm/" + m.group(1) + "/" + m.group(2))
                        .isEqualTo("exception");
            }
        }
    }

    @Test
    void theRootPackageHoldsNoExceptionAndEveryCovetExceptionIsInItsPackage() throws Exception {
        Path classes = classes();
        for (Path f : classFiles(classes.resolve("dev/covet/orm"), 1)) {
            String name = "dev.covet.orm." + f.getFileName().toString().replace(".class", "");
            Class<?> type = Class.forName(name, false, Covet.class.getClassLoader());
            assertThat(Throwable.class.isAssignableFrom(type)).as(name + " is an exception outside dev.covet.orm.exception").isFalse();
        }
        for (Path f : classFiles(classes, Integer.MAX_VALUE)) {
            String name = classes.relativize(f).toString().replace('/', '.').replace(".class", "");
            if (name.equals("module-info") || name.endsWith("package-info")) {
                continue;
            }
            Class<?> type;
            try {
                type = Class.forName(name, false, Covet.class.getClassLoader());
            } catch (NoClassDefFoundError optional) {
                continue;   // a class of an optional integration (Micrometer) whose library is absent
            }
            if (CovetException.class.isAssignableFrom(type)) {
                assertThat(type.getPackageName()).as(name).isIn("dev.covet.orm.exception", "dev.covet.orm.paginator", "dev.covet.orm.migrate");
            }
        }
    }
}
