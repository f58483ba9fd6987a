package dev.covet.orm.sql;

import dev.covet.orm.db.DatabaseUrl;
import dev.covet.orm.sql.mysql.MySqlDialect;
import dev.covet.orm.sql.postgres.PostgresDialect;
import dev.covet.orm.sql.sqlite.SqliteDialect;

import java.util.Map;
import java.util.function.Supplier;

/** Which dialect serves which URL scheme. */
public final class Dialects {
    private static final Map<String, Supplier<Dialect>> BY_SCHEME = Map.of(
            "sqlite", SqliteDialect::new,
            "postgresql", PostgresDialect::new,
            "mysql", MySqlDialect::new);

    private Dialects() {
    }

    public static Dialect forUrl(DatabaseUrl url) {
        return BY_SCHEME.get(url.scheme()).get();
    }
}
