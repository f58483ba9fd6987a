package dev.covet.orm.sql;

import java.util.Map;

/** How to reach a database over JDBC: the URL and the driver properties a dialect chose. */
public record JdbcTarget(String url, Map<String, String> properties, String driverClass) {
}
