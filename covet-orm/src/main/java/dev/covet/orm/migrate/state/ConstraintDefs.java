package dev.covet.orm.migrate.state;

import dev.covet.orm.field.FieldKind;
import dev.covet.orm.meta.DynamicModels;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.migrate.operation.HistoricalRow;
import dev.covet.orm.sql.CheckSql;
import dev.covet.orm.sql.Dialect;
import dev.covet.orm.sql.ddl.ColumnType;
import dev.covet.orm.sql.ddl.ConstraintDef;

import java.util.ArrayList;
import java.util.List;

/**
 * A model's constraints as DDL: each condition compiled against the model as the state describes it
 * (its fields by their names, keys as plain values), so a migration compiles what its own state holds.
 */
final class ConstraintDefs {
    private ConstraintDefs() {
    }

    static List<ConstraintDef> of(ModelState model, ProjectState state, Dialect d) {
        if (model.constraints().isEmpty()) {
            return List.of();
        }
        ModelInfo<HistoricalRow> info = info(model, state);
        List<ConstraintDef> out = new ArrayList<>();
        for (ConstraintState c : model.constraints()) {
            List<String> columns = c.fields().stream().map(n -> model.requireField(n).column()).toList();
            String check = c.check() == null ? null : CheckSql.compile(info, Conditions.toQ(c.check()), d);
            String condition = c.condition() == null ? null : CheckSql.compile(info, Conditions.toQ(c.condition()), d);
            out.add(new ConstraintDef(c.name(), columns, check, condition));
        }
        return out;
    }

    private static ModelInfo<HistoricalRow> info(ModelState model, ProjectState state) {
        List<DynamicModels.Column> columns = new ArrayList<>();
        for (FieldState f : model.columns()) {
            ColumnType t = TableDefs.column(f, model, state).type();
            FieldKind kind = t.kind();
            if (t.autoKeyReference()) {
                kind = kind == FieldKind.BIG_AUTO ? FieldKind.BIG_INTEGER : FieldKind.INTEGER;
            }
            columns.add(new DynamicModels.Column(f.name(), f.column(), kind, t.storage(), f.nullable(), f.primaryKey(),
                    t.maxLength(), t.maxDigits(), t.decimalPlaces()));
        }
        return DynamicModels.build(HistoricalRow.class, model.name(), model.table(), columns, HistoricalRow::new);
    }
}
