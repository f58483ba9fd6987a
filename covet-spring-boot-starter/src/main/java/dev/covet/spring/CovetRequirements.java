package dev.covet.spring;

import dev.covet.orm.exception.ImproperlyConfigured;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

/**
 * The oldest HikariCP and driver versions Covet works with, checked when the application starts.
 * Spring Boot's dependency management picks these libraries' versions for the whole application
 * (Boot 3.5 gives HikariCP 6.3 where Covet itself is built with 7.1); an older one than Covet needs
 * fails here, naming the property that raises it, rather than later with a missing method.
 */
final class CovetRequirements {
    /** Driver name (as the driver reports it) to the oldest version, and Boot's property for it. */
    private static final Map<String, String[]> DRIVERS = Map.of(
            "PostgreSQL JDBC Driver", new String[]{"42.7", "postgresql.version"},
            "MariaDB Connector/J", new String[]{"3.5", "mariadb.version"},
            "SQLite JDBC", new String[]{"3.49", "sqlite-jdbc.version"});
    static final String HIKARI = "6.3";

    private CovetRequirements() {
    }

    static void check(DataSource dataSource, ClassLoader loader) {
        String hikari = pomVersion(loader, "com.zaxxer", "HikariCP");
        if (hikari != null) {
            require("HikariCP", hikari, HIKARI, "hikaricp.version", "com.zaxxer:HikariCP");
        }
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData md = c.getMetaData();
            String[] needed = DRIVERS.get(md.getDriverName());
            if (needed != null) {
                require(md.getDriverName(), md.getDriverVersion(), needed[0], needed[1], md.getDriverName());
            }
        } catch (SQLException e) {
            // Covet's own setup reports an unreachable database, naming it
        }
    }

    static void require(String what, String found, String oldest, String property, String artifact) {
        if (compare(found, oldest) < 0) {
            throw new ImproperlyConfigured("Covet needs " + what + " " + oldest + " or newer; the class path has " + found
                    + ". Spring Boot's dependency management chose it: raise the property " + property
                    + " (with spring-boot-starter-parent), or manage " + artifact + " in your dependencyManagement");
        }
    }

    /** Compares dotted versions by their leading numbers ({@code 42.7.8} > {@code 42.7}; {@code 6.3.3} < {@code 7.1.0}). */
    static int compare(String version, String other) {
        String[] a = version.split("[.-]");
        String[] b = other.split("[.-]");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int x = i < a.length ? number(a[i]) : 0;
            int y = i < b.length ? number(b[i]) : 0;
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return 0;
    }

    private static int number(String part) {
        String digits = part.replaceAll("\\D.*", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }

    private static String pomVersion(ClassLoader loader, String group, String artifact) {
        try (InputStream in = loader.getResourceAsStream("META-INF/maven/" + group + "/" + artifact + "/pom.properties")) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            return null;
        }
    }
}
