package dev.covet.orm.sql.ddl;

/**
 * A foreign key constraint of one column.
 *
 * @param name         the constraint's name
 * @param column       the column that holds the key
 * @param targetTable  the table it points at
 * @param targetColumn the column it points at
 */
public record ForeignKeyDef(String name, String column, String targetTable, String targetColumn) {
}
