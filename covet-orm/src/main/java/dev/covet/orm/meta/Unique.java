package dev.covet.orm.meta;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Fields whose values, taken together, must be unique (one entry of {@code uniqueTogether}). */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Unique {
    /** {@return the names of the fields whose combined values must be unique} */
    String[] value();
}
