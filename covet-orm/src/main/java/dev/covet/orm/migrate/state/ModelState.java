package dev.covet.orm.migrate.state;

import java.util.ArrayList;
import java.util.List;

/**
 * A model as migrations know it (Django's {@code ModelState}): the table it owns, its fields in order,
 * its indexes, unique-together sets and constraints, with no live class behind it. Operations make changed copies.
 * Immutable.
 */
public record ModelState(String app, String name, String table, List<FieldState> fields, List<IndexState> indexes,
                         List<List<String>> uniqueTogether, List<ConstraintState> constraints) {
    public ModelState(String app, String name, String table, List<FieldState> fields, List<IndexState> indexes,
                      List<List<String>> uniqueTogether) {
        this(app, name, table, fields, indexes, uniqueTogether, List.of());
    }

    public ModelState {
        constraints = List.copyOf(constraints);
        fields = List.copyOf(fields);
        indexes = List.copyOf(indexes);
        uniqueTogether = uniqueTogether.stream().map(List::copyOf).toList();
    }

    /** {@code app.Model}. */
    public String label() {
        return app + "." + name;
    }

    /** The field named {@code name}, or null. */
    public FieldState field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }

    /** The field named {@code name}, failing with the choices. */
    public FieldState requireField(String name) {
        FieldState f = field(name);
        if (f == null) {
            throw new IllegalArgumentException("Model " + label() + " has no field '" + name + "'; choices: "
                    + String.join(", ", fields.stream().map(FieldState::name).toList()));
        }
        return f;
    }

    public FieldState pk() {
        return fields.stream().filter(FieldState::primaryKey).findFirst()
                .orElseThrow(() -> new IllegalStateException("Model " + label() + " has no primary key"));
    }

    /** The fields that have a column (all but many-to-many). */
    public List<FieldState> columns() {
        return fields.stream().filter(f -> !f.isManyToMany()).toList();
    }

    public IndexState index(String name) {
        return indexes.stream().filter(i -> i.name().equals(name)).findFirst().orElse(null);
    }

    /** The constraint named {@code name}, or null. */
    public ConstraintState constraint(String name) {
        return constraints.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    public ModelState withConstraints(List<ConstraintState> constraints) {
        return new ModelState(app, name, table, fields, indexes, uniqueTogether, constraints);
    }

    public ModelState withName(String name) {
        return new ModelState(app, name, table, fields, indexes, uniqueTogether, constraints);
    }

    public ModelState withTable(String table) {
        return new ModelState(app, name, table, fields, indexes, uniqueTogether, constraints);
    }

    public ModelState withFields(List<FieldState> fields) {
        return new ModelState(app, name, table, fields, indexes, uniqueTogether, constraints);
    }

    public ModelState withIndexes(List<IndexState> indexes) {
        return new ModelState(app, name, table, fields, indexes, uniqueTogether, constraints);
    }

    public ModelState withUniqueTogether(List<List<String>> uniqueTogether) {
        return new ModelState(app, name, table, fields, indexes, uniqueTogether, constraints);
    }

    /** This model with {@code field} added at the end. */
    public ModelState plusField(FieldState field) {
        if (field(field.name()) != null) {
            throw new IllegalArgumentException("Model " + label() + " already has a field '" + field.name() + "'");
        }
        List<FieldState> out = new ArrayList<>(fields);
        out.add(field);
        return withFields(out);
    }

    /** This model with field {@code name} replaced by {@code field} (in the same place). */
    public ModelState replaceField(String name, FieldState field) {
        requireField(name);
        return withFields(fields.stream().map(f -> f.name().equals(name) ? field : f).toList());
    }

    /** This model without field {@code name}, nor the indexes, unique sets and constraints that named it. */
    public ModelState minusField(String name) {
        requireField(name);
        return new ModelState(app, this.name, table, fields.stream().filter(f -> !f.name().equals(name)).toList(),
                indexes.stream().filter(i -> !i.fields().contains(name)).toList(),
                uniqueTogether.stream().filter(u -> !u.contains(name)).toList(),
                constraints.stream().filter(c -> !c.mentions(name)).toList());
    }

    /** This model with field {@code from} called {@code to}, in its indexes and unique sets too. */
    public ModelState renameField(String from, String to) {
        FieldState f = requireField(from);
        List<IndexState> ix = indexes.stream().map(i -> new IndexState(i.name(),
                i.fields().stream().map(n -> n.equals(from) ? to : n).toList(), i.descending(), i.unique(), i.search())).toList();
        List<List<String>> ut = uniqueTogether.stream().map(u -> u.stream().map(n -> n.equals(from) ? to : n).toList()).toList();
        return new ModelState(app, name, table, fields.stream().map(x -> x == f ? f.withName(to) : x).toList(), ix, ut,
                constraints.stream().map(c -> c.renameField(from, to)).toList());
    }
}
