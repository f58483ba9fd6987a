package dev.covet.orm.migrate.state;

import dev.covet.orm.field.FieldKind;
import dev.covet.orm.sql.DdlCompiler;
import dev.covet.orm.sql.Dialect;
import dev.covet.orm.sql.ddl.ColumnDef;
import dev.covet.orm.sql.ddl.ColumnType;
import dev.covet.orm.sql.ddl.ForeignKeyDef;
import dev.covet.orm.sql.ddl.IndexDef;
import dev.covet.orm.sql.ddl.TableDef;
import dev.covet.orm.sql.ddl.UniqueDef;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns model states into the tables DDL creates: the same columns, keys, constraints and indexes,
 * named the same way, as {@code createTables()} makes from live models.
 */
public final class TableDefs {
    private TableDefs() {
    }

    /**
     * The table of {@code model} as of {@code state}.
     *
     * @param model the model
     * @param state the project state its relations are resolved in
     * @param d the dialect to describe the table for
     * @return the table, with its columns, foreign keys, indexes and constraints
     */
    public static TableDef of(ModelState model, ProjectState state, Dialect d) {
        String table = model.table();
        List<ColumnDef> columns = new ArrayList<>();
        List<ForeignKeyDef> fks = new ArrayList<>();
        List<IndexDef> indexes = new ArrayList<>();
        for (FieldState f : model.columns()) {
            columns.add(column(f, model, state));
            RelationState r = f.relation();
            if (r != null && r.dbConstraint()) {
                ModelState target = state.model(r.to());
                fks.add(new ForeignKeyDef(DdlCompiler.name(table, List.of(f.column()), "fk"), f.column(), target.table(),
                        target.requireField(r.toField()).column()));
            }
            boolean fkIndexedByDatabase = r != null && r.dbConstraint() && d.ddl().indexesForeignKeys();
            if (f.dbIndex() && !f.unique() && !f.primaryKey() && !fkIndexedByDatabase) {
                indexes.add(new IndexDef(fieldIndexName(table, f), List.of(f.column()), List.of(false), false));
            }
        }
        List<UniqueDef> uniques = new ArrayList<>();
        for (List<String> group : model.uniqueTogether()) {
            List<String> cols = group.stream().map(n -> model.requireField(n).column()).toList();
            uniques.add(new UniqueDef(DdlCompiler.name(table, cols, "uniq"), cols));
        }
        for (IndexState i : model.indexes()) {
            indexes.add(index(model, i));
        }
        return new TableDef(table, columns, uniques, fks, indexes, ConstraintDefs.of(model, state, d));
    }

    /**
     * The automatic junction table of many-to-many field {@code field} of {@code model}.
     *
     * @param model the model that declares the field
     * @param field the many-to-many field
     * @param state the project state its target is resolved in
     * @param d the dialect to describe the table for
     * @return the junction table
     */
    public static TableDef junction(ModelState model, FieldState field, ProjectState state, Dialect d) {
        RelationState r = field.relation();
        ModelState target = state.model(r.to());
        String table = r.dbTable();
        FieldKind idKind = model.pk().kind() == FieldKind.BIG_AUTO ? FieldKind.BIG_AUTO : FieldKind.AUTO;
        List<ColumnDef> columns = List.of(
                new ColumnDef("id", new ColumnType(idKind, null, null, 0, 0, 0, false), false, true, true, false, null),
                new ColumnDef(r.sourceColumn(), keyType(model.pk(), model, state), false, false, false, false, null),
                new ColumnDef(r.targetColumn(), keyType(target.pk(), target, state), false, false, false, false, null));
        List<UniqueDef> uniques = List.of(new UniqueDef(DdlCompiler.name(table, List.of(r.sourceColumn(), r.targetColumn()), "uniq"),
                List.of(r.sourceColumn(), r.targetColumn())));
        List<ForeignKeyDef> fks = List.of(
                new ForeignKeyDef(DdlCompiler.name(table, List.of(r.sourceColumn()), "fk"), r.sourceColumn(), model.table(), model.pk().column()),
                new ForeignKeyDef(DdlCompiler.name(table, List.of(r.targetColumn()), "fk"), r.targetColumn(), target.table(), target.pk().column()));
        List<IndexDef> indexes = d.ddl().indexesForeignKeys() ? List.of()
                : List.of(new IndexDef(DdlCompiler.name(table, List.of(r.targetColumn()), "idx"), List.of(r.targetColumn()), List.of(false), false));
        return new TableDef(table, columns, uniques, fks, indexes);
    }

    /**
     * The column of field {@code f} of {@code model}; a relation's column takes the type of the key it points at.
     *
     * @param f the field, which has a column
     * @param model the field's model
     * @param state the project state relations are resolved in
     * @return the column
     */
    public static ColumnDef column(FieldState f, ModelState model, ProjectState state) {
        ColumnType type;
        if (f.relation() != null) {
            ModelState target = state.model(f.relation().to());
            type = keyType(target.requireField(f.relation().toField()), target, state);
        } else {
            type = ownType(f);
        }
        return new ColumnDef(f.column(), type, f.nullable(), f.primaryKey(), f.isAutoIncrement() && f.primaryKey(),
                f.unique() && !f.primaryKey(), DdlCompiler.name(model.table(), List.of(f.column()), "uniq"), f.dbDefault());
    }

    /**
     * The index {@code i} of {@code model}, its fields turned into columns.
     *
     * @param model the model
     * @param i the index
     * @return the index over columns
     */
    public static IndexDef index(ModelState model, IndexState i) {
        return new IndexDef(i.name(), i.fields().stream().map(n -> model.requireField(n).column()).toList(), i.descending(), i.unique(),
                i.search(), model.pk().column());
    }

    /**
     * The name of the index a {@code dbIndex} field gets.
     *
     * @param table the model's table
     * @param f the field
     * @return {@code table_column_idx}, shortened when too long
     */
    public static String fieldIndexName(String table, FieldState f) {
        return DdlCompiler.name(table, List.of(f.column()), "idx");
    }

    private static ColumnType keyType(FieldState target, ModelState owner, ProjectState state) {
        if (target.relation() != null) {
            ModelState next = state.model(target.relation().to());
            return keyType(next.requireField(target.relation().toField()), next, state);
        }
        return ownType(target).asKeyReference();
    }

    private static ColumnType ownType(FieldState f) {
        FieldKind kind = f.kind();
        FieldKind.Storage storage = kind == FieldKind.FLOAT && f.single() ? FieldKind.Storage.FLOAT : kind.storage();
        FieldKind.Storage element = f.element() == null ? null : FieldKind.Storage.valueOf(f.element());
        return new ColumnType(kind, storage, element, f.maxLength(), f.maxDigits(), f.decimalPlaces(), false, f.columnTypes());
    }
}
