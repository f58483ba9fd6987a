package dev.covet.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the {@code covet} command as a process of its own, on this test run's classpath, in a working directory. */
final class CovetProcess {
    private final Path workingDirectory;
    private final Map<String, String> env = new LinkedHashMap<>();
    private String stdin;

    private CovetProcess(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    static CovetProcess in(Path workingDirectory) {
        return new CovetProcess(workingDirectory);
    }

    CovetProcess env(String name, String value) {
        env.put(name, value);
        return this;
    }

    CovetProcess stdin(String text) {
        this.stdin = text;
        return this;
    }

    /** The test classpath (Surefire runs tests through a manifest-only jar, and says the real one here). */
    static String classpath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp == null || cp.isBlank() ? System.getProperty("java.class.path") : cp;
    }

    Result run(String... args) throws IOException, InterruptedException {
        return start(args).await();
    }

    /** Starts the command and returns at once, so that several can run at the same moment. */
    Running start(String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("--enable-native-access=ALL-UNNAMED");
        cmd.add("-Xshare:auto");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-cp");
        cmd.add(classpath());
        cmd.add("dev.covet.cli.Main");
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workingDirectory.toFile());
        // the settings of the machine running the tests must not leak into them
        pb.environment().keySet().removeAll(List.of("DATABASE_URL", "COVET_MODELS", "COVET_CLASSPATH"));
        pb.environment().putAll(env);
        Path out = Files.createTempFile(workingDirectory, "stdout", ".txt");
        Path err = Files.createTempFile(workingDirectory, "stderr", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        if (stdin == null) {
            pb.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        }
        Process p = pb.start();
        if (stdin != null) {
            try (var in = p.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        return new Running(p, out, err, String.join(" ", args));
    }

    /** A started command, not yet waited for. */
    record Running(Process process, Path out, Path err, String command) {
        Result await() throws IOException, InterruptedException {
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("covet " + command + " did not finish within 180 s");
            }
            Result r = new Result(process.exitValue(), Files.readString(out), Files.readString(err), command);
            Files.delete(out);
            Files.delete(err);
            return r;
        }
    }

    /** What one run printed and how it exited. */
    record Result(int exitCode, String out, String err, String command) {
        @Override
        public String toString() {
            return "covet " + command + " -> exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }
}
