package dev.covet.orm.meta;

import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;

/**
 * The element values of a field annotation, read by name. Field annotations cannot share
 * a parent in Java, so the common options ({@code nullable}, {@code unique}, ...) are read
 * this way, once, at registration.
 */
final class AnnotationOptions {
    private final Map<String, Object> values = new HashMap<>();

    AnnotationOptions(Annotation annotation) {
        for (Method m : annotation.annotationType().getDeclaredMethods()) {
            try {
                values.put(m.getName(), m.invoke(annotation));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot read " + annotation.annotationType().getSimpleName() + "." + m.getName(), e);
            }
        }
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    boolean bool(String name, boolean otherwise) {
        Object v = values.get(name);
        return v == null ? otherwise : (Boolean) v;
    }

    int integer(String name, int otherwise) {
        Object v = values.get(name);
        return v == null ? otherwise : (Integer) v;
    }

    String string(String name) {
        Object v = values.get(name);
        return v == null ? "" : (String) v;
    }

    String[] strings(String name) {
        Object v = values.get(name);
        return v == null ? new String[0] : (String[]) v;
    }

    @SuppressWarnings("unchecked")
    <T> T get(String name) {
        return (T) values.get(name);
    }
}
