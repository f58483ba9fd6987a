package dev.covet.processor;

import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Covet's annotation processor. For every model compiled with it, it writes a typed metamodel ({@code Book_});
 * under javac it also checks the lookup strings written as literals in calls on a model's manager
 * ({@code Book.objects.filter("autor__name", x)}) and reports those that cannot resolve as compiler errors.
 *
 * <p>Options: {@code -Acovet.lookups=error|warn|off} (how a bad lookup string is reported; {@code error} by
 * default), {@code -Acovet.lookups.extra=name,...} (lookups and transforms an application registers at run
 * time, accepted on every field). The checks read javac's trees ({@code com.sun.source}); under another
 * compiler only the metamodel is written. Not thread-safe; javac runs it on one thread.
 */
@SupportedOptions({CovetProcessor.LOOKUPS, CovetProcessor.EXTRA})
public final class CovetProcessor extends AbstractProcessor {
    static final String LOOKUPS = "covet.lookups";
    static final String EXTRA = "covet.lookups.extra";

    private ModelRegistry models;
    private MetamodelWriter writer;
    private final Set<TypeElement> written = new HashSet<>();

    /** Made by javac through the service loader. */
    public CovetProcessor() {
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        // every compilation: lookup strings appear in classes that carry no annotation at all
        return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        models = new ModelRegistry(env.getElementUtils(), env.getTypeUtils());
        writer = new MetamodelWriter(models, env.getElementUtils(), env.getTypeUtils(), env.getFiler());
        String mode = env.getOptions().getOrDefault(LOOKUPS, "error").trim().toLowerCase(Locale.ROOT);
        Diagnostic.Kind kind = switch (mode) {
            case "error" -> Diagnostic.Kind.ERROR;
            case "warn", "warning" -> Diagnostic.Kind.WARNING;
            case "off" -> null;
            default -> {
                env.getMessager().printMessage(Diagnostic.Kind.ERROR,
                        "-A" + LOOKUPS + "=" + mode + " is not a choice: use error, warn or off");
                yield null;
            }
        };
        if (kind != null) {
            listen(env, kind);
        }
    }

    private void listen(ProcessingEnvironment env, Diagnostic.Kind kind) {
        Set<String> extra = Arrays.stream(env.getOptions().getOrDefault(EXTRA, "").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
        LookupPaths paths = new LookupPaths(models, extra);
        JavacTask task;
        Trees trees;
        try {
            task = JavacTask.instance(env);
            trees = Trees.instance(env);
        } catch (IllegalArgumentException | LinkageError e) {
            env.getMessager().printMessage(Diagnostic.Kind.NOTE, "Covet checks lookup strings under javac only; "
                    + "this compiler gets the metamodel without the checks");
            return;
        }
        Set<Tree> scanned = new HashSet<>();
        task.addTaskListener(new TaskListener() {
            @Override
            public void finished(TaskEvent e) {
                if (e.getKind() != TaskEvent.Kind.ANALYZE || e.getTypeElement() == null) {
                    return;
                }
                TreePath path = trees.getPath(e.getTypeElement());
                if (path != null && scanned.add(path.getLeaf())) {
                    new LookupScanner(trees, models, paths, kind, e.getCompilationUnit()).scan(path, null);
                }
            }
        });
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        models.addRoots(round.getRootElements());
        if (round.processingOver()) {
            return false;
        }
        for (TypeElement model : models.concreteModels()) {
            if (written.add(model)) {
                try {
                    writer.write(model);
                } catch (IOException e) {
                    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                            "Cannot write the metamodel of " + model.getQualifiedName() + ": " + e.getMessage(), model);
                }
            }
        }
        return false;
    }
}
