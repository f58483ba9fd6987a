package dev.covet.orm.migrate.state;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every model's state at one point of the migration history (Django's {@code ProjectState}), keyed by
 * label ({@code app.Model}). Operations turn one into the next; the newest is compared with the
 * models. Immutable: changes return a new state.
 */
public final class ProjectState {
    private final Map<String, ModelState> models;

    private ProjectState(Map<String, ModelState> models) {
        this.models = models;
    }

    /**
     * A state with no models, where the first migration starts.
     *
     * @return the empty state
     */
    public static ProjectState empty() {
        return new ProjectState(new TreeMap<>());
    }

    /**
     * A state of {@code models}.
     *
     * @param models the models, each under its label
     * @return the state
     */
    public static ProjectState of(Collection<ModelState> models) {
        Map<String, ModelState> m = new TreeMap<>();
        for (ModelState s : models) {
            m.put(s.label(), s);
        }
        return new ProjectState(m);
    }

    /**
     * Every model of every app, in label order.
     *
     * @return the models
     */
    public Collection<ModelState> models() {
        return models.values();
    }

    /**
     * The models of {@code app}.
     *
     * @param app the app label
     * @return its models in label order; empty when it has none
     */
    public List<ModelState> models(String app) {
        return models.values().stream().filter(m -> m.app().equals(app)).toList();
    }

    /**
     * The model {@code label}.
     *
     * @param label {@code app.Model}
     * @return the model, or null when there is none
     */
    public ModelState find(String label) {
        return models.get(label);
    }

    /**
     * The model {@code label}, failing with the choices.
     *
     * @param label {@code app.Model}
     * @return the model
     * @throws IllegalArgumentException if there is no such model (the message lists the known labels)
     */
    public ModelState model(String label) {
        ModelState m = models.get(label);
        if (m == null) {
            throw new IllegalArgumentException("No model " + label + " in the migration state; known: "
                    + String.join(", ", models.keySet()));
        }
        return m;
    }

    /**
     * {@code ref} as a label: {@code Model} means a model of {@code app}.
     *
     * @param app the app the reference is made from
     * @param ref {@code Model} or {@code app.Model}
     * @return {@code app.Model}
     */
    public static String label(String app, String ref) {
        return ref.contains(".") ? ref : app + "." + ref;
    }

    /**
     * This state with {@code model} added, or in place of the model of the same label.
     *
     * @param model the model
     * @return the changed copy
     */
    public ProjectState with(ModelState model) {
        Map<String, ModelState> m = new TreeMap<>(models);
        m.put(model.label(), model);
        return new ProjectState(m);
    }

    /**
     * This state without model {@code label} (Django's {@code DeleteModel}).
     *
     * @param label {@code app.Model}
     * @return the changed copy; the same models when there was none
     */
    public ProjectState without(String label) {
        Map<String, ModelState> m = new TreeMap<>(models);
        m.remove(label);
        return new ProjectState(m);
    }

    /**
     * This state with model {@code from} renamed to {@code to}, and every relation to it following.
     *
     * @param from the model's current label
     * @param to the new name, or a label of the same app
     * @return the changed copy
     * @throws IllegalArgumentException if there is no model {@code from}
     */
    public ProjectState renameModel(String from, String to) {
        ModelState old = model(from);
        String newLabel = label(old.app(), to);
        Map<String, ModelState> m = new TreeMap<>();
        for (ModelState s : models.values()) {
            ModelState t = s.label().equals(from) ? s.withName(newLabel.substring(newLabel.indexOf('.') + 1)) : s;
            List<FieldState> fields = new ArrayList<>();
            for (FieldState f : t.fields()) {
                RelationState r = f.relation();
                if (r != null && (from.equals(r.to()) || from.equals(r.through()))) {
                    r = from.equals(r.to()) ? r.withTo(newLabel) : r;
                    r = from.equals(r.through()) ? r.withThrough(newLabel) : r;
                    f = f.withRelation(r);
                }
                fields.add(f);
            }
            t = t.withFields(fields);
            m.put(t.label(), t);
        }
        return new ProjectState(m);
    }

    /**
     * The fields of other models that point at {@code label} (relation fields, many-to-many included).
     *
     * @param label {@code app.Model}
     * @return each pointing field with its model; empty when none points at it
     */
    public List<Map.Entry<ModelState, FieldState>> relationsTo(String label) {
        List<Map.Entry<ModelState, FieldState>> out = new ArrayList<>();
        for (ModelState s : models.values()) {
            for (FieldState f : s.fields()) {
                if (f.relation() != null && label.equals(f.relation().to())) {
                    out.add(Map.entry(s, f));
                }
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectState p && p.models.equals(models);
    }

    @Override
    public int hashCode() {
        return models.hashCode();
    }

    @Override
    public String toString() {
        return "ProjectState" + models.keySet();
    }
}
