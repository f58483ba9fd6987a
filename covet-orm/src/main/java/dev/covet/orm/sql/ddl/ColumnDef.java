package dev.covet.orm.sql.ddl;

/**
 * A column as DDL declares it. An auto-increment primary key renders as the dialect's own definition.
 * A unique column's constraint is named {@code uniqueName} so that a later change can drop it.
 * {@code dbDefault} is the database-side default, or null.
 */
public record ColumnDef(String name, ColumnType type, boolean nullable, boolean primaryKey, boolean autoIncrement,
                        boolean unique, String uniqueName, ColumnDefault dbDefault) {
    public ColumnDef(String name, ColumnType type, boolean nullable, boolean primaryKey, boolean autoIncrement,
                     boolean unique, String uniqueName) {
        this(name, type, nullable, primaryKey, autoIncrement, unique, uniqueName, null);
    }

    public ColumnDef withName(String name) {
        return new ColumnDef(name, type, nullable, primaryKey, autoIncrement, unique, uniqueName, dbDefault);
    }

    public ColumnDef withNullable(boolean nullable) {
        return new ColumnDef(name, type, nullable, primaryKey, autoIncrement, unique, uniqueName, dbDefault);
    }
}
