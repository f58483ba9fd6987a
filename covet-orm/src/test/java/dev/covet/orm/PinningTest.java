package dev.covet.orm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * 1,000 virtual threads making Covet calls at once, in a fresh JVM (so that class initialisation,
 * Covet's own caches and their first fills happen under that load), recorded by JFR: no virtual thread
 * may be pinned in Covet's own code. Each call shape runs once on the main thread first, since the JVM
 * links each call site on its first run and pins a virtual thread that does it, whatever the code.
 */
@Isolated("JFR sees the virtual threads of every class running at the same time")
class PinningTest {
    @DbTest
    void firstCallsFromAThousandVirtualThreadsPinNothingInCovet(TestDb db) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process probe = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=error", PinningProbe.class.getName(), db.database().url().text())
                .redirectErrorStream(true).start();
        String out;
        try {
            assertThat(probe.waitFor(120, TimeUnit.SECONDS)).as("the probe finished").isTrue();
        } finally {
            out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            probe.destroyForcibly();
        }
        assertThat(probe.exitValue()).as(out).isZero();
        List<String> pinned = out.lines().filter(l -> l.startsWith("PINNED ")).toList();
        assertThat(out).contains("PINNED-COUNT");
        assertThat(pinned).isEmpty();
    }
}
