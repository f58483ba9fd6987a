package dev.covet.orm.migrate.operation;

import dev.covet.orm.migrate.state.FieldState;
import dev.covet.orm.migrate.state.IndexState;
import dev.covet.orm.migrate.state.ModelState;
import dev.covet.orm.migrate.state.ProjectState;
import dev.covet.orm.migrate.state.TableDefs;

/**
 * Creates a model's table (and the junction tables of its automatic many-to-many fields).
 *
 * @param model the model as created (its app is the migration's)
 */
public record CreateModel(ModelState model) implements Operation {
    @Override
    public String describe() {
        return "Create model " + model.name();
    }

    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        ModelState m = inApp(app);
        if (state.find(m.label()) != null) {
            throw new IllegalArgumentException("Model " + m.label() + " exists already");
        }
        return state.with(m);
    }

    /** The model as a member of {@code app} (a file names its models without their app). */
    private ModelState inApp(String app) {
        return new ModelState(app, model.name(), model.table(), model.fields(), model.indexes(), model.uniqueTogether(), model.constraints());
    }

    @Override
    public void databaseForwards(SchemaContext c) {
        ModelState model = c.to().model(c.label(this.model.name()));
        c.editor().createTable(TableDefs.of(model, c.to(), c.dialect()));
        for (FieldState f : model.fields()) {
            if (f.isManyToMany() && f.relation().dbTable() != null) {
                c.editor().createTable(TableDefs.junction(model, f, c.to(), c.dialect()));
            }
        }
    }

    @Override
    public void databaseBackwards(SchemaContext c) {
        ModelState model = c.to().model(c.label(this.model.name()));
        for (FieldState f : model.fields()) {
            if (f.isManyToMany() && f.relation().dbTable() != null) {
                c.editor().dropTable(f.relation().dbTable());
            }
        }
        for (IndexState i : model.indexes()) {
            if (i.search() && !c.dialect().search().tables(TableDefs.index(model, i)).isEmpty()) {   // tables of its own: FTS5
                c.editor().dropIndex(model.table(), TableDefs.index(model, i));
            }
        }
        c.editor().dropTable(model.table());
    }
}
