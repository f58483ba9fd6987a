package dev.covet.orm;

import dev.covet.orm.db.Database;

/** The database a {@link DbTest} invocation runs on; declare a parameter of this type to get it. */
public record TestDb(String name, Database database) {
    public boolean isSqlite() {
        return name.equals("sqlite");
    }

    public boolean isPostgres() {
        return name.equals("postgresql");
    }

    public boolean isMariaDb() {
        return name.equals("mariadb");
    }
}
