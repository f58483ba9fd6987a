package dev.covet.orm.sql.ddl;

import dev.covet.orm.meta.ColumnDefault;

/**
 * A column as DDL declares it. An auto-increment primary key renders as the dialect's own definition.
 * A unique column's constraint is named {@code uniqueName} so that a later change can drop it.
 * {@code dbDefault} is the database-side default, or null.
 *
 * @param name          the column's name
 * @param type          its type
 * @param nullable      whether it allows NULL
 * @param primaryKey    whether it is the primary key
 * @param autoIncrement whether it is an auto-increment key
 * @param unique        whether it is unique on its own
 * @param uniqueName    the name of its unique constraint, when it is unique
 * @param dbDefault     the database-side default, or null
 */
public record ColumnDef(String name, ColumnType type, boolean nullable, boolean primaryKey, boolean autoIncrement,
                        boolean unique, String uniqueName, ColumnDefault dbDefault) {
    /**
     * A column without a database default.
     *
     * @param name          the column's name
     * @param type          its type
     * @param nullable      whether it allows NULL
     * @param primaryKey    whether it is the primary key
     * @param autoIncrement whether it is an auto-increment key
     * @param unique        whether it is unique on its own
     * @param uniqueName    the name of its unique constraint, when it is unique
     */
    public ColumnDef(String name, ColumnType type, boolean nullable, boolean primaryKey, boolean autoIncrement,
                     boolean unique, String uniqueName) {
        this(name, type, nullable, primaryKey, autoIncrement, unique, uniqueName, null);
    }

    /**
     * This column under another name.
     *
     * @param name the new name
     * @return the changed copy
     */
    public ColumnDef withName(String name) {
        return new ColumnDef(name, type, nullable, primaryKey, autoIncrement, unique, uniqueName, dbDefault);
    }

    /**
     * This column allowing NULL or not.
     *
     * @param nullable whether it allows NULL
     * @return the changed copy
     */
    public ColumnDef withNullable(boolean nullable) {
        return new ColumnDef(name, type, nullable, primaryKey, autoIncrement, unique, uniqueName, dbDefault);
    }
}
