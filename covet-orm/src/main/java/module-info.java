/**
 * Covet, a Django-style ORM for Java 21+ on SQLite, PostgreSQL and MySQL/MariaDB.
 *
 * <p>An application on the module path requires this module and opens its model packages to it
 * (Covet reads and writes model fields and builds model instances):
 *
 * <pre>{@code
 * module com.example.shop {
 *     requires dev.covet.orm;
 *     requires org.xerial.sqlitejdbc;         // or org.postgresql.jdbc, org.mariadb.jdbc: the driver it uses
 *     opens com.example.shop.models to dev.covet.orm;
 * }
 * }</pre>
 *
 * <p>The module is open, so that Jackson (JSON fields, migration files) may read Covet's own types. Its
 * pool (HikariCP), Jackson and SLF4J come with it; the JDBC drivers are optional, as on the class path.
 */
open module dev.covet.orm {
    requires transitive java.sql;
    requires transitive com.fasterxml.jackson.annotation;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.zaxxer.hikari;
    requires java.logging;
    requires org.slf4j;
    // drivers: used when the application has them
    requires static org.xerial.sqlitejdbc;
    requires static org.postgresql.jdbc;
    // Micrometer: only dev.covet.orm.metrics uses it, once the application binds it
    requires static micrometer.core;

    exports dev.covet.orm;
    exports dev.covet.orm.db;
    exports dev.covet.orm.exception;
    exports dev.covet.orm.field;
    exports dev.covet.orm.meta;
    exports dev.covet.orm.metrics;
    exports dev.covet.orm.migrate;
    exports dev.covet.orm.migrate.operation;
    exports dev.covet.orm.migrate.state;
    exports dev.covet.orm.paginator;
    exports dev.covet.orm.path;
    exports dev.covet.orm.query;
    exports dev.covet.orm.query.functions;
    exports dev.covet.orm.relation;
    exports dev.covet.orm.routing;
    exports dev.covet.orm.schema;
    exports dev.covet.orm.signal;
    exports dev.covet.orm.sql;
    exports dev.covet.orm.sql.ddl;
    exports dev.covet.orm.sql.mysql;
    exports dev.covet.orm.sql.postgres;
    exports dev.covet.orm.sql.sqlite;
    exports dev.covet.orm.testing;
}
