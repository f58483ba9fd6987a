package dev.covet.orm.migrate.state;

import java.util.ArrayList;
import java.util.List;

/**
 * A model as migrations know it (Django's {@code ModelState}): the table it owns, its fields in order,
 * its indexes, unique-together sets and constraints, with no live class behind it. Operations make changed copies.
 * Immutable.
 *
 * @param app            the app label
 * @param name           the model's class name
 * @param table          the table it owns
 * @param fields         its fields, in declaration order
 * @param indexes        its declared indexes ({@code @Meta(indexes)})
 * @param uniqueTogether its multi-column unique sets, each a list of field names
 * @param constraints    its CHECK and unique constraints ({@code Meta.constraints})
 */
public record ModelState(String app, String name, String table, List<FieldState> fields, List<IndexState> indexes,
                         List<List<String>> uniqueTogether, List<ConstraintState> constraints) {
    /**
     * A model state without constraints.
     *
     * @param app            the app label
     * @param name           the model's class name
     * @param table          the table it owns
     * @param fields         its fields, in declaration order
     * @param indexes        its indexes
     * @param uniqueTogether its multi-column unique sets, each a list of field names
     */
    public ModelState(String app, String name, String table, List<FieldState> fields, List<IndexState> indexes,
                      List<List<String>> uniqueTogether) {
        this(app, name, table, fields, indexes, uniqueTogether, List.of());
    }

    /**
     * Copies the lists, so that the state stays immutable.
     *
     * @param app            the app label
     * @param name           the model's class name
     * @param table          the table it owns
     * @param fields         its fields, in declaration order
     * @param indexes        its indexes
     * @param uniqueTogether its multi-column unique sets, each a list of field names
     * @param constraints    its CHECK and unique constraints
     */
    public ModelState {
        constraints = List.copyOf(constraints);
        fields = List.copyOf(fields);
        indexes = List.copyOf(indexes);
        uniqueTogether = uniqueTogether.stream().map(List::copyOf).toList();
    }

    /**
     * {@code app.Model}.
     *
     * @return the model's label, such as {@code shop.Order}
     */
    public String label() {
        return app + "." + name;
    }

    /**
     * The field named {@code name}, or null.
     *
     * @param name the field's Java name
     * @return the field, or null when the model has none of that name
     */
    public FieldState field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }

    /**
     * The field named {@code name}, failing with the choices.
     *
     * @param name the field's Java name
     * @return the field
     * @throws IllegalArgumentException if the model has no such field (the message lists the fields it has)
     */
    public FieldState requireField(String name) {
        FieldState f = field(name);
        if (f == null) {
            throw new IllegalArgumentException("Model " + label() + " has no field '" + name + "'; choices: "
                    + String.join(", ", fields.stream().map(FieldState::name).toList()));
        }
        return f;
    }

    /**
     * The primary key field.
     *
     * @return the field
     * @throws IllegalStateException if the model has no primary key
     */
    public FieldState pk() {
        return fields.stream().filter(FieldState::primaryKey).findFirst()
                .orElseThrow(() -> new IllegalStateException("Model " + label() + " has no primary key"));
    }

    /**
     * The fields that have a column (all but many-to-many).
     *
     * @return the fields with a column, in order
     */
    public List<FieldState> columns() {
        return fields.stream().filter(f -> !f.isManyToMany()).toList();
    }

    /**
     * The index named {@code name}.
     *
     * @param name the index name
     * @return the index, or null when the model has none of that name
     */
    public IndexState index(String name) {
        return indexes.stream().filter(i -> i.name().equals(name)).findFirst().orElse(null);
    }

    /**
     * The constraint named {@code name}, or null.
     *
     * @param name the constraint name
     * @return the constraint, or null when the model has none of that name
     */
    public ConstraintState constraint(String name) {
        return constraints.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    /**
     * This model with {@code constraints} in place of its own.
     *
     * @param constraints the new constraints
     * @return the changed copy
     */
    public ModelState withConstraints(List<ConstraintState> constraints) {
        return new ModelState(app, name, table, fields, indexes, uniqueTogether, constraints);
    }

    /**
     * This model under another class name (Django's {@code RenameModel}); the table stays.
     *
     * @param name the new class name
     * @return the changed copy
     */
    public ModelState withName(String name) {
        return new ModelState(app, name, table, fields, indexes, uniqueTogether, constraints);
    }

    /**
     * This model on another table (Django's {@code AlterModelTable}).
     *
     * @param table the new table name
     * @return the changed copy
     */
    public ModelState withTable(String table) {
        return new ModelState(app, name, table, fields, indexes, uniqueTogether, constraints);
    }

    /**
     * This model with {@code fields} in place of its own; indexes and constraints are kept as they are.
     *
     * @param fields the new fields, in order
     * @return the changed copy
     */
    public ModelState withFields(List<FieldState> fields) {
        return new ModelState(app, name, table, fields, indexes, uniqueTogether, constraints);
    }

    /**
     * This model with {@code indexes} in place of its own.
     *
     * @param indexes the new indexes
     * @return the changed copy
     */
    public ModelState withIndexes(List<IndexState> indexes) {
        return new ModelState(app, name, table, fields, indexes, uniqueTogether, constraints);
    }

    /**
     * This model with other unique-together sets (Django's {@code AlterUniqueTogether}).
     *
     * @param uniqueTogether the new sets, each a list of field names
     * @return the changed copy
     */
    public ModelState withUniqueTogether(List<List<String>> uniqueTogether) {
        return new ModelState(app, name, table, fields, indexes, uniqueTogether, constraints);
    }

    /**
     * This model with {@code field} added at the end.
     *
     * @param field the new field
     * @return the changed copy
     * @throws IllegalArgumentException if the model already has a field of that name
     */
    public ModelState plusField(FieldState field) {
        if (field(field.name()) != null) {
            throw new IllegalArgumentException("Model " + label() + " already has a field '" + field.name() + "'");
        }
        List<FieldState> out = new ArrayList<>(fields);
        out.add(field);
        return withFields(out);
    }

    /**
     * This model with field {@code name} replaced by {@code field} (in the same place).
     *
     * @param name the field's current name
     * @param field the field's new state
     * @return the changed copy
     * @throws IllegalArgumentException if the model has no field {@code name}
     */
    public ModelState replaceField(String name, FieldState field) {
        requireField(name);
        return withFields(fields.stream().map(f -> f.name().equals(name) ? field : f).toList());
    }

    /**
     * This model without field {@code name}, nor the indexes, unique sets and constraints that named it.
     *
     * @param name the field's name
     * @return the changed copy
     * @throws IllegalArgumentException if the model has no field {@code name}
     */
    public ModelState minusField(String name) {
        requireField(name);
        return new ModelState(app, this.name, table, fields.stream().filter(f -> !f.name().equals(name)).toList(),
                indexes.stream().filter(i -> !i.fields().contains(name)).toList(),
                uniqueTogether.stream().filter(u -> !u.contains(name)).toList(),
                constraints.stream().filter(c -> !c.mentions(name)).toList());
    }

    /**
     * This model with field {@code from} called {@code to}, in its indexes and unique sets too.
     *
     * @param from the field's current name
     * @param to the field's new name
     * @return the changed copy (the field keeps its column)
     * @throws IllegalArgumentException if the model has no field {@code from}
     */
    public ModelState renameField(String from, String to) {
        FieldState f = requireField(from);
        List<IndexState> ix = indexes.stream().map(i -> new IndexState(i.name(),
                i.fields().stream().map(n -> n.equals(from) ? to : n).toList(), i.descending(), i.unique(), i.search())).toList();
        List<List<String>> ut = uniqueTogether.stream().map(u -> u.stream().map(n -> n.equals(from) ? to : n).toList()).toList();
        return new ModelState(app, name, table, fields.stream().map(x -> x == f ? f.withName(to) : x).toList(), ix, ut,
                constraints.stream().map(c -> c.renameField(from, to)).toList());
    }
}
