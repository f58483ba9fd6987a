package dev.covet.orm.meta;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a subclass of a concrete model a proxy: the same table and fields, with its own managers,
 * methods and default ordering; queries through it return instances of the proxy class.
 *
 * <pre>{@code
 * @Proxy
 * public class Adult extends Human {
 *     public static final Manager<Adult> objects = new AdultManager();   // filters age >= 18
 *     public boolean isSenior() { return age >= 65; }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Proxy {
}
