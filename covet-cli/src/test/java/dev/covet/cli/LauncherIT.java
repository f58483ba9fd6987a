package dev.covet.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code covet-cli/covet} script on the packaged jar, with the application's classes from COVET_CLASSPATH. */
class LauncherIT {
    @TempDir
    Path dir;

    @Test
    void theScriptRunsTheJarWithTheApplicationsClasspath() throws Exception {
        Path script = Path.of("covet").toAbsolutePath();
        assertThat(script).as("run from covet-cli/").exists();
        assertThat(Path.of("target/covet-cli.jar")).exists();
        Path out = dir.resolve("out.txt");
        ProcessBuilder pb = new ProcessBuilder("bash", script.toString(), "createtables", "--database-url", "sqlite:app.db",
                "--models", "dev.covet.cli.shop").directory(dir.toFile()).redirectErrorStream(true).redirectOutput(out.toFile());
        pb.environment().put("COVET_CLASSPATH", Path.of("target/test-classes").toAbsolutePath().toString());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String printed = Files.readString(out);
        assertThat(p.exitValue()).as(printed).isZero();
        assertThat(printed).contains("Created table customer", "Created table purchase");
        assertThat(dir.resolve("app.db")).exists();
    }
}
