package dev.covet.cli;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Compiles the Java sources under a folder against the test classpath, failing with the compiler's messages. */
final class JavaSources {
    private JavaSources() {
    }

    static void compile(Path sources, Path classes) throws Exception {
        List<String> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toString).toList();
        }
        assertThat(files).as("sources under " + sources).isNotEmpty();
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("-proc:none", "-Xlint:none", "-cp", CovetProcess.classpath(), "-d", classes.toString()));
        args.addAll(files);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = javac.run(null, err, err, args.toArray(String[]::new));
        assertThat(code).as("javac on " + files + ":\n" + err).isZero();
    }
}
