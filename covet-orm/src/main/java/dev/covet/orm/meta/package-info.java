/**
 * What Covet knows about models: {@link dev.covet.orm.meta.ModelInfo} and
 * {@link dev.covet.orm.meta.FieldInfo} (Django's {@code _meta}), the {@link dev.covet.orm.meta.Meta}
 * annotation, indexes, constraints and their conditions ({@link dev.covet.orm.meta.Where}, which
 * {@code Q} extends), relations and their reverse sides, and the registry that builds them from model
 * classes.
 *
 * <p>This package sits beneath the face and the query layer: it knows a model instance as an
 * {@link dev.covet.orm.meta.Entity} (the class {@code Model} extends) and the values of relation
 * fields through {@link dev.covet.orm.meta.RelationValues}, never the face's classes themselves.
 */
package dev.covet.orm.meta;
