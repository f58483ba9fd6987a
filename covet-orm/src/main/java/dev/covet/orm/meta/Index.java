package dev.covet.orm.meta;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An index on one or more fields, created with the table. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Index {
    /** {@return the indexed fields, in order; {@code -} before a name makes that column descending} */
    String[] fields();

    /** {@return the index name; empty means one derived from the table and columns} */
    String name() default "";

    /** {@return whether it is a unique index} */
    boolean unique() default false;

    /**
     * A full-text search index on text fields: a GIN index on {@code to_tsvector} on PostgreSQL, a
     * FULLTEXT index on MariaDB, an FTS5 table kept in sync by triggers on SQLite. The {@code search}
     * lookup and {@code SearchVector} use it.
     *
     * @return whether it is a full-text search index
     */
    boolean search() default false;
}
