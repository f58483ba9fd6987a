/**
 * What Covet knows about models: {@link dev.covet.orm.meta.ModelInfo} and
 * {@link dev.covet.orm.meta.FieldInfo} (Django's {@code _meta}), the {@link dev.covet.orm.meta.Meta}
 * annotation, indexes, relations and their reverse sides, and the registry that builds them from model
 * classes.
 */
package dev.covet.orm.meta;
