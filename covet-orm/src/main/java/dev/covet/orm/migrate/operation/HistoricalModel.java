package dev.covet.orm.migrate.operation;

import dev.covet.orm.QuerySet;
import dev.covet.orm.field.FieldKind;
import dev.covet.orm.meta.DynamicModels;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.migrate.state.FieldState;
import dev.covet.orm.migrate.state.ModelState;
import dev.covet.orm.migrate.state.ProjectState;
import dev.covet.orm.migrate.state.TableDefs;
import dev.covet.orm.sql.ddl.ColumnType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A model as it was at one migration (Django's historical models), for data steps: its rows through
 * a QuerySet ({@code filter}, {@code exclude}, {@code update}, {@code values}, {@code delete}, ...)
 * without the live class, whose shape may already be newer. Keys are plain values ({@code authorId});
 * lookups do not follow relations.
 */
public final class HistoricalModel {
    private final ModelInfo<HistoricalRow> info;
    private final String using;

    HistoricalModel(ModelState model, ProjectState state, String using) {
        this.using = using;
        List<DynamicModels.Column> columns = new ArrayList<>();
        for (FieldState f : model.columns()) {
            ColumnType t = TableDefs.column(f, model, state).type();
            FieldKind kind = t.kind();
            if (t.autoKeyReference()) {
                kind = kind == FieldKind.BIG_AUTO ? FieldKind.BIG_INTEGER : FieldKind.INTEGER;
            }
            String name = f.relation() != null ? f.name() + "Id" : f.name();
            columns.add(new DynamicModels.Column(name, f.column(), kind, t.storage(), f.nullable(), f.primaryKey(),
                    t.maxLength(), t.maxDigits(), t.decimalPlaces()));
        }
        this.info = DynamicModels.build(HistoricalRow.class, model.name(), model.table(), columns, HistoricalRow::new);
    }

    /**
     * Every row.
     *
     * @return a QuerySet over the table, on the migration's database
     */
    public QuerySet<HistoricalRow> objects() {
        return QuerySet.of(info, using);
    }

    /**
     * Saves a new row with {@code values} (field names as in this model) and returns it.
     *
     * @param values the field values by name
     * @return the saved row
     */
    public HistoricalRow create(Map<String, ?> values) {
        HistoricalRow row = info.newInstance();
        values.forEach(row::set);
        row.save();
        return row;
    }

    /**
     * The model's metadata, built from its state at the migration.
     *
     * @return the metadata
     */
    public ModelInfo<HistoricalRow> info() {
        return info;
    }
}
