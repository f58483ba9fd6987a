package dev.covet.orm.migrate.operation;

import dev.covet.orm.migrate.state.ProjectState;
import dev.covet.orm.sql.ddl.TableSql;

/**
 * Runs a {@link JavaMigration} (a data step), in the migration's transaction where the database has
 * one. {@code reversible} says whether it implements {@code backwards}.
 *
 * @param className  the {@link JavaMigration} class's fully qualified name
 * @param reversible whether it implements {@code backwards}
 */
public record RunJava(String className, boolean reversible) implements Operation {
    @Override
    public String describe() {
        return "Run Java " + className;
    }

    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        return state;
    }

    @Override
    public void databaseForwards(SchemaContext c) {
        if (c.database() == null) {
            c.editor().raw(TableSql.comment("RunJava " + className + ".forwards (Java code; its statements are not known in advance)"));
            return;
        }
        instance(c).forwards(new MigrationContext(c.app(), c.from(), c.database()));
    }

    @Override
    public void databaseBackwards(SchemaContext c) {
        if (c.database() == null) {
            c.editor().raw(TableSql.comment("RunJava " + className + ".backwards (Java code; its statements are not known in advance)"));
            return;
        }
        instance(c).backwards(new MigrationContext(c.app(), c.from(), c.database()));
    }

    private JavaMigration instance(SchemaContext c) {
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            Class<?> type = Class.forName(className, true, loader == null ? RunJava.class.getClassLoader() : loader);
            if (!JavaMigration.class.isAssignableFrom(type)) {
                throw new IllegalArgumentException(className + " does not implement " + JavaMigration.class.getName());
            }
            return (JavaMigration) type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("RunJava cannot make an instance of " + className
                    + " (a public class with a public no-argument constructor, on the classpath): " + e, e);
        }
    }
}
