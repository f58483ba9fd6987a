package dev.covet.orm.sql;

import java.util.Map;

/**
 * How to reach a database over JDBC: the URL and the driver properties a dialect chose.
 *
 * @param url         the JDBC URL
 * @param properties  the driver properties to connect with
 * @param driverClass the JDBC driver's class name
 */
public record JdbcTarget(String url, Map<String, String> properties, String driverClass) {
}
