package dev.covet.cli;

import dev.covet.orm.db.DatabaseUrl;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line and environment that start a database's own client on a URL. The password only
 * ever goes in the environment: a command line is visible to every user of the machine ({@code ps}).
 */
record DatabaseClient(List<String> command, Map<String, String> environment, String debianPackage) {

    static DatabaseClient of(DatabaseUrl url, List<String> extra) {
        List<String> cmd = new ArrayList<>();
        Map<String, String> env = new LinkedHashMap<>();
        if (url.isSqlite()) {
            if (url.isMemory()) {
                throw CliError.usage("dbshell needs a database file; sqlite::memory: lives only inside one process.");
            }
            cmd.add("sqlite3");
            cmd.add(url.path());
            cmd.addAll(extra);
            return new DatabaseClient(cmd, env, "sqlite3");
        }
        if (url.isPostgres()) {
            cmd.add("psql");
            cmd.addAll(List.of("--host", url.host(), "--port", String.valueOf(url.port())));
            if (url.user() != null) {
                cmd.addAll(List.of("--username", url.user()));
            }
            cmd.addAll(List.of("--dbname", url.database()));
            if (url.password() != null) {
                env.put("PGPASSWORD", url.password());
            }
            String sslmode = url.options().get("sslmode");
            if (sslmode != null) {
                env.put("PGSSLMODE", sslmode);
            }
            cmd.addAll(extra);
            return new DatabaseClient(cmd, env, "postgresql-client");
        }
        cmd.add(onPath("mariadb") ? "mariadb" : "mysql");
        cmd.addAll(List.of("--host=" + url.host(), "--port=" + url.port()));
        if (url.user() != null) {
            cmd.add("--user=" + url.user());
        }
        cmd.add(url.database());
        if (url.password() != null) {
            env.put("MYSQL_PWD", url.password());
        }
        cmd.addAll(extra);
        return new DatabaseClient(cmd, env, "mariadb-client");
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
