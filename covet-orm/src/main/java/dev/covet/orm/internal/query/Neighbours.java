package dev.covet.orm.internal.query;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.Q;
import dev.covet.orm.QuerySet;
import dev.covet.orm.exception.DoesNotExist;
import dev.covet.orm.exception.FieldError;
import dev.covet.orm.field.FieldKind;
import dev.covet.orm.meta.Instances;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.meta.ModelRegistry;

import java.util.List;

/**
 * {@link Model#getNextBy} and {@link Model#getPreviousBy}: Django's {@code _get_next_or_previous_by_FIELD}.
 * Stateless; safe to call from any thread.
 */
public final class Neighbours {
    private Neighbours() {
    }

    /**
     * {@link Model#getNextBy} ({@code next}) or {@link Model#getPreviousBy}: the instance before or after
     * {@code instance} in the order of the non-null date field {@code name}, ties broken by key.
     *
     * @param instance a saved instance
     * @param name a non-null date or datetime field
     * @param next true for the next, false for the previous
     * @param filters further conditions the neighbour meets
     * @return the neighbour
     * @throws dev.covet.orm.exception.DoesNotExist when there is none
     */
    @SuppressWarnings("unchecked")
    public static Model of(Model instance, String name, boolean next, Q... filters) {
        ModelInfo<?> info = ModelRegistry.infoOf(instance);
        FieldInfo field = info.findField(name);
        if (field == null || !field.hasColumn() || field.isNullable()
                || (field.storage() != FieldKind.Storage.DATE && field.storage() != FieldKind.Storage.TIMESTAMP)) {
            List<String> choices = info.columns().stream().filter(f -> !f.isNullable()
                    && (f.storage() == FieldKind.Storage.DATE || f.storage() == FieldKind.Storage.TIMESTAMP)).map(FieldInfo::name).toList();
            throw new FieldError("getNextBy / getPreviousBy need a non-null date or date-time field of " + info.name() + ", not '"
                    + name + "'. Choices are: " + (choices.isEmpty() ? "(none)" : String.join(", ", choices)));
        }
        Object pk = instance.pk();
        if (pk == null || Instances.isAdding(instance)) {
            throw new IllegalStateException("getNextBy / getPreviousBy cannot be used on unsaved objects.");
        }
        Object value = field.value(instance);
        String op = next ? "gt" : "lt";
        Q q = Q.of(name, value).and(Q.of("pk__" + op, pk)).or(Q.of(name + "__" + op, value));
        String order = next ? "" : "-";
        Manager<Model> manager = Manager.defaultFor((Class<Model>) info.type());
        QuerySet<Model> qs = manager.all().using(Instances.database(instance));
        List<Model> rows = qs.filter(filters).filter(q).orderBy(order + name, order + "pk").slice(0, 1).list();
        if (rows.isEmpty()) {
            throw new DoesNotExist(info.type(), "");
        }
        return rows.getFirst();
    }
}
