package dev.covet.orm.migrate.state;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.field.FieldKind;
import dev.covet.orm.meta.Constraint;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.IndexInfo;
import dev.covet.orm.meta.Meta;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.meta.RelationInfo;
import dev.covet.orm.query.Query;
import dev.covet.orm.meta.Where;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reads the state of live models: one {@link ModelState} per table Covet owns. A single-table
 * hierarchy is one table holding its subclasses' columns (nullable there); proxies and unmanaged
 * models own no table and have no state.
 */
public final class ModelStates {
    private ModelStates() {
    }

    /**
     * The state of {@code models} (and of no other model).
     *
     * @param models the live models; unmanaged ones and those without a table of their own are left out
     * @return the project state
     */
    public static ProjectState of(Collection<ModelInfo<?>> models) {
        List<ModelState> out = new ArrayList<>();
        for (ModelInfo<?> m : models) {
            if (m.ownsTable() && m.isManaged()) {
                out.add(of(m));
            }
        }
        return ProjectState.of(out);
    }

    /**
     * The app of a model: {@code @Meta(app)}, else the last part of its package name.
     *
     * @param type the model class
     * @return the app label ({@code default} for a class in no package)
     */
    public static String app(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            Meta meta = c.getDeclaredAnnotation(Meta.class);
            if (meta != null && !meta.app().isEmpty()) {
                return meta.app();
            }
        }
        String pkg = type.getPackageName();
        return pkg.isEmpty() ? "default" : pkg.substring(pkg.lastIndexOf('.') + 1);
    }

    /**
     * The label ({@code app.Model}) of a live model.
     *
     * @param m the model
     * @return {@code app.Model}
     */
    public static String label(ModelInfo<?> m) {
        return app(m.type()) + "." + m.name();
    }

    static ModelState of(ModelInfo<?> model) {
        List<FieldState> fields = new ArrayList<>();
        List<ModelInfo<?>> family = new ArrayList<>();
        family.add(model);
        family.addAll(model.singleTableDescendants());
        for (FieldInfo f : model.localColumns()) {
            fields.add(field(f, false));
        }
        for (ModelInfo<?> sub : model.singleTableDescendants()) {
            for (FieldInfo f : sub.columns()) {
                if (f.model() == sub) {
                    // a subclass's column is empty in the other subclasses' rows
                    fields.add(field(f, true));
                }
            }
        }
        for (ModelInfo<?> member : family) {
            for (FieldInfo f : member.manyToManyFields()) {
                if (f.model() == member && fields.stream().noneMatch(x -> x.name().equals(f.name()))) {
                    fields.add(field(f, false));
                }
            }
        }
        List<IndexState> indexes = new ArrayList<>();
        List<List<String>> unique = new ArrayList<>();
        for (ModelInfo<?> member : family) {
            for (IndexInfo i : member.indexes()) {
                indexes.add(new IndexState(i.name(), i.fields().stream().map(FieldInfo::name).toList(), i.descending(), i.unique(), i.search()));
            }
            for (List<FieldInfo> group : member.uniqueTogether()) {
                unique.add(group.stream().map(FieldInfo::name).toList());
            }
        }
        List<ConstraintState> constraints = new ArrayList<>();
        for (ModelInfo<?> member : family) {
            for (Constraint c : Constraint.declaredBy(member.type())) {
                constraints.add(constraint(member, c));
            }
        }
        return new ModelState(app(model.type()), model.name(), model.table(), fields, indexes, unique, constraints);
    }

    /** A declared constraint, its fields and conditions checked against the model (an unknown name fails with the choices). */
    private static ConstraintState constraint(ModelInfo<?> model, Constraint c) {
        for (String f : c.fields()) {
            FieldInfo info = model.field(f);
            if (info == null || info.relation() != null && info.relation().isManyToMany()) {
                throw new FieldError("Constraint " + c.name() + " of " + model.name() + " names '" + f + "', which is not a column field; choices: "
                        + String.join(", ", model.columns().stream().map(FieldInfo::name).toList()));
            }
        }
        Query query = new Query(model);
        for (Where q : java.util.Arrays.asList(c.check(), c.condition())) {
            if (q != null) {
                query.condition(q);
            }
        }
        return new ConstraintState(c.name(), c.fields(), c.check() == null ? null : Conditions.toJson(c.check()),
                c.condition() == null ? null : Conditions.toJson(c.condition()));
    }

    private static FieldState field(FieldInfo f, boolean forceNullable) {
        RelationInfo r = f.relation();
        RelationState relation = null;
        if (r != null && r.isManyToMany()) {
            RelationInfo.Junction j = r.junction();
            relation = new RelationState(label(r.target()), null, null, true,
                    j.isAutomatic() ? j.table() : null, j.isAutomatic() ? null : label(j.model()),
                    j.isAutomatic() ? j.sourceColumn() : null, j.isAutomatic() ? j.targetColumn() : null);
        } else if (r != null) {
            relation = new RelationState(label(r.target()), r.targetField().name(), r.onDelete() == null ? null : r.onDelete().name(),
                    r.hasDbConstraint(), null, null, null, null);
        }
        boolean fk = r != null && !r.isManyToMany();
        return new FieldState(f.name(), FieldTypes.of(f), f.column(), f.isNullable() || forceNullable,
                f.isUnique() && !f.isPrimaryKey(), f.hasDbIndex() && !f.isPrimaryKey(), f.isPrimaryKey(), sized(f) ? f.maxLength() : 0,
                f.kind() == FieldKind.DECIMAL ? f.maxDigits() : 0, f.kind() == FieldKind.DECIMAL ? f.decimalPlaces() : 0,
                f.kind() == FieldKind.FLOAT && f.storage() == FieldKind.Storage.FLOAT,
                f.kind() == FieldKind.ARRAY ? f.elementStorage().name() : null, fk || r != null ? relation : null, f.dbDefault(),
                f.customType(), f.customColumnTypes());
    }

    private static boolean sized(FieldInfo f) {
        return switch (f.kind()) {
            case CHAR, EMAIL, URL, ENUM -> true;
            default -> false;
        };
    }
}
