package dev.covet.orm.internal;

import dev.covet.orm.Config;
import dev.covet.orm.F;
import dev.covet.orm.Model;
import dev.covet.orm.Q;
import dev.covet.orm.QuerySet;
import dev.covet.orm.db.QueryListeners;
import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.internal.persist.RowReaders;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.query.Count;
import dev.covet.orm.query.Expression;
import dev.covet.orm.query.Value;
import dev.covet.orm.sql.AggregateCompiler;
import dev.covet.orm.sql.Dialect;
import dev.covet.orm.sql.SelectCompiler;
import dev.covet.orm.sql.WriteCompiler;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Loads Covet's classes and compiles a few representative queries of each model, without sending
 * them, on the thread that sets Covet up. The first use of a class or call site (loading and initialising classes, linking
 * lambdas, string concatenations and records' generated methods) pins every virtual thread that
 * reaches it meanwhile; done once here, none of the application's virtual threads pins on it.
 */
public final class Warmup {
    private static final Logger LOG = LoggerFactory.getLogger(Warmup.class);

    private static final AtomicBoolean CLASSES_LOADED = new AtomicBoolean();

    private Warmup() {
    }

    /**
     * Loads every class of Covet's own jar (or class folder) without initialising it: a virtual thread
     * that loads a class is pinned while the class loader works, and every one that needs the same
     * class meanwhile waits pinned behind it.
     */
    private static void loadClasses() {
        ClassLoader loader = Warmup.class.getClassLoader();
        try {
            var source = Warmup.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return;
            }
            Path root = Path.of(source.getLocation().toURI());
            List<String> names = new ArrayList<>();
            if (Files.isDirectory(root)) {
                try (Stream<Path> files = Files.walk(root.resolve("dev/covet/orm"))) {
                    files.map(f -> root.relativize(f).toString().replace(java.io.File.separatorChar, '/')).forEach(names::add);
                }
            } else {
                try (JarFile jar = new JarFile(root.toFile())) {
                    jar.stream().map(JarEntry::getName).forEach(names::add);
                }
            }
            for (String name : names) {
                if (name.startsWith("dev/covet/orm/") && name.endsWith(".class") && !name.endsWith("module-info.class")) {
                    try {
                        Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false, loader);
                    } catch (ClassNotFoundException | LinkageError optional) {
                        // a class needing a driver that is not on the classpath: it is never used either
                    }
                }
            }
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            LOG.debug("Loading Covet's classes ahead of use stopped early", e);
        }
    }

    /**
     * Warms Covet up for {@code models} on {@code dialect}: loads its classes and compiles each model's
     * representative queries. Not API: the runtime calls it when it opens a database.
     *
     * @param models the runtime's models
     * @param dialect the database's dialect
     */
    @SuppressWarnings("unchecked")  // every registered model's class extends Model
    public static void run(List<ModelInfo<?>> models, Dialect dialect) {
        if (CLASSES_LOADED.compareAndSet(false, true)) {
            loadClasses();
        }
        initialize(QueryListeners.class);   // the first statement's would otherwise
        for (ModelInfo<?> model : models) {
            try {
                compile((ModelInfo<? extends Model>) model, dialect);
            } catch (RuntimeException e) {
                // warming up is an optimisation: a model it cannot exercise is warmed by its first real call
                LOG.debug("Warming up the queries of {} stopped early", model.name(), e);
            }
        }
    }

    private static <T extends Model> QuerySet<T> filtered(QuerySet<T> all, FieldInfo text) {
        QuerySet<T> filtered = all.filter("pk", 1).exclude("pk__in", List.of(2, 3)).filter(Q.of("pk__gt", 0).or("pk__isnull", true))
                .orderBy("-pk").slice(0, 5);
        if (text != null) {
            filtered = filtered.filter(text.name() + "__icontains", "a").filter(text.name() + "__startswith", "a")
                    .orderBy("-" + text.name(), "pk");
        }
        return filtered;
    }

    private static void initialize(Class<?> type) {
        try {
            Class.forName(type.getName(), true, type.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T extends Model> void compile(ModelInfo<T> model, Dialect dialect) {
        QuerySet<T> all = QuerySet.of(model.type());
        FieldInfo text = null;
        FieldInfo number = null;
        FieldInfo relation = null;
        for (FieldInfo f : model.columns()) {
            if (f.relation() != null && relation == null && f.relation().isForward()) {
                relation = f;
            } else if (f.storage() == Storage.STRING && text == null && f.relation() == null) {
                text = f;
            } else if (f.storage() != null && f.storage().isNumeric() && number == null && f.relation() == null && !f.isPrimaryKey()) {
                number = f;
            }
        }
        QuerySet<T> filtered = filtered(all, text);
        SelectCompiler.compile(filtered.query(), dialect);
        // an equal query built afresh finds the first's template, comparing the shapes field by field
        // (the generated equals of records such as OrderBy and Col link here)
        SelectCompiler.compile(filtered(all, text).query(), dialect);
        SelectCompiler.compile(all.filter("pk", 1).query(), dialect);
        SelectCompiler.compile(all.filter("pk", 1).query(), dialect);
        var values = SelectCompiler.compile(all.values("pk").query(), dialect).shape();
        // building a row reader links its lambdas: done here, not by the first virtual threads that read rows
        RowReaders.maps(values, dialect);
        RowReaders.tuples(values, dialect);
        RowReaders.flat(values, dialect);
        RowReaders.models(SelectCompiler.compile(filtered.query(), dialect).shape(), dialect,
                new RowReaders.Marks(Config.DEFAULT, false, java.util.Set.of()));
        AggregateCompiler.count(filtered.query(), dialect);
        AggregateCompiler.exists(filtered.query(), dialect);
        if (relation != null) {
            QuerySet<T> joined = all.selectRelated(relation.name()).filter(relation.name() + "__pk", 1);
            SelectCompiler.compile(joined.query(), dialect);
            AggregateCompiler.count(joined.query(), dialect);
            AggregateCompiler.aggregate(joined.query(), List.of(Count.all().as("n")), dialect);
        }
        if (number != null) {
            Map<FieldInfo, Expression> assignments = new LinkedHashMap<>();
            assignments.put(number, F.of(number.name()).plus(1).resolve(filtered.query()));
            WriteCompiler.update(all.filter("pk", 1).query(), assignments, dialect);
            assignments.put(number, new Value(1, number.storage()));
            WriteCompiler.update(all.filter("pk", 1).query(), assignments, dialect);
        }
    }
}
