package dev.covet.orm.metrics;

import dev.covet.orm.Covet;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Micrometer is optional: only the classes of dev.covet.orm.metrics name it, so that Covet loads and
 * runs without it on the class path. Read from the constant pools of the compiled classes.
 */
class MicrometerStaysOptionalTest {
    @Test
    void noClassOutsideTheMetricsPackageNamesMicrometer() throws IOException, URISyntaxException {
        Path classes = Path.of(Covet.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path metrics = classes.resolve("dev/covet/orm/metrics");
        List<Path> all;
        try (Stream<Path> files = Files.walk(classes)) {
            all = files.filter(f -> f.toString().endsWith(".class")).toList();
        }
        assertThat(all).hasSizeGreaterThan(100);
        List<String> naming = all.stream().filter(f -> namesMicrometer(f)).map(f -> classes.relativize(f).toString()).toList();
        assertThat(naming).isNotEmpty().allMatch(name -> Path.of(name).startsWith(classes.relativize(metrics)));
    }

    private static boolean namesMicrometer(Path classFile) {
        try {
            return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1).contains("io/micrometer");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
