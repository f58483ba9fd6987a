package dev.covet.orm.sql.ddl;

/** A foreign key constraint of one column. */
public record ForeignKeyDef(String name, String column, String targetTable, String targetColumn) {
}
