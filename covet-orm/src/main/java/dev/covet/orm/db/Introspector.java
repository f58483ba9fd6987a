package dev.covet.orm.db;

import dev.covet.orm.sql.Dialect;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Reads {@link LiveTable}s from a connection's JDBC metadata, in the schema that holds Covet's tables. */
final class Introspector {
    private final Connection connection;
    private final DatabaseMetaData md;
    private final String catalog;
    private final String schema;

    Introspector(Connection connection, Dialect dialect) throws SQLException {
        this.connection = connection;
        this.md = connection.getMetaData();
        this.catalog = connection.getCatalog();
        this.schema = dialect.tableSchema(connection);
    }

    /** Every table, by lower-case name. */
    Map<String, LiveTable> tables() throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = md.getTables(catalog, schema, "%", new String[]{"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        Map<String, LiveTable> out = new TreeMap<>();
        for (String n : names) {
            if (!n.toLowerCase(Locale.ROOT).startsWith("sqlite_")) {
                out.put(n.toLowerCase(Locale.ROOT), table(n));
            }
        }
        return out;
    }

    /** One table; its name as the database spells it. */
    LiveTable table(String name) throws SQLException {
        List<LiveTable.Column> columns = new ArrayList<>();
        try (ResultSet rs = md.getColumns(catalog, schema, name, "%")) {
            while (rs.next()) {
                columns.add(new LiveTable.Column(rs.getString("COLUMN_NAME"), rs.getString("TYPE_NAME"),
                        rs.getInt("DATA_TYPE"), rs.getInt("COLUMN_SIZE"), rs.getInt("DECIMAL_DIGITS"),
                        rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls,
                        "YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"))));
            }
        }
        Map<Short, String> pk = new TreeMap<>();
        try (ResultSet rs = md.getPrimaryKeys(catalog, schema, name)) {
            while (rs.next()) {
                pk.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        Map<String, List<String>> indexColumns = new LinkedHashMap<>();
        Map<String, Boolean> unique = new LinkedHashMap<>();
        try (ResultSet rs = md.getIndexInfo(catalog, schema, name, false, false)) {
            while (rs.next()) {
                String index = rs.getString("INDEX_NAME");
                String column = rs.getString("COLUMN_NAME");
                if (index == null || column == null) {
                    continue;
                }
                indexColumns.computeIfAbsent(index, k -> new ArrayList<>()).add(column);
                unique.put(index, !rs.getBoolean("NON_UNIQUE"));
            }
        }
        List<LiveTable.Index> indexes = new ArrayList<>();
        for (var e : indexColumns.entrySet()) {
            if (!isPrimaryKeyIndex(e.getKey(), e.getValue(), pk)) {
                indexes.add(new LiveTable.Index(e.getKey(), List.copyOf(e.getValue()), unique.get(e.getKey())));
            }
        }
        List<LiveTable.ForeignKey> fks = new ArrayList<>();
        try (ResultSet rs = md.getImportedKeys(catalog, schema, name)) {
            while (rs.next()) {
                fks.add(new LiveTable.ForeignKey(rs.getString("FK_NAME"), rs.getString("FKCOLUMN_NAME"),
                        rs.getString("PKTABLE_NAME"), rs.getString("PKCOLUMN_NAME")));
            }
        }
        return new LiveTable(name, List.copyOf(columns), List.copyOf(pk.values()), List.copyOf(indexes), List.copyOf(fks));
    }

    private static boolean isPrimaryKeyIndex(String index, List<String> columns, Map<Short, String> pk) {
        String n = index.toLowerCase(Locale.ROOT);
        return n.equals("primary") || n.endsWith("_pkey") || (columns.equals(List.copyOf(pk.values())) && n.contains("pk"));
    }

    Connection connection() {
        return connection;
    }
}
