package dev.covet.processor;

import dev.covet.orm.field.FieldKind;
import dev.covet.orm.field.FieldKind.Storage;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * What the processor knows of one model from its source or class file: the names a lookup may start with.
 * {@link #complete} says every such name is known, so an unknown one is an error rather than a name the
 * processor cannot see (a reverse relation declared in another module, an inheritance link). Not thread-safe;
 * javac runs a processor on one thread.
 */
final class ModelShape {
    /** One name a lookup may start with. */
    record Member(String name, Kind kind, FieldKind fieldKind, TypeMirror javaType, TypeElement target) {
        /** What a name on a model is. */
        enum Kind {
            /** a column of its own */
            COLUMN,
            /** a foreign key or one-to-one field */
            FORWARD,
            /** a many-to-many field */
            MANY_TO_MANY,
            /** the reverse side of another model's relation */
            REVERSE,
            /** the reverse side of another model's one-to-one field */
            REVERSE_ONE,
            /** the raw key of a forward relation ({@code authorId}) */
            RAW_KEY,
            /** a generic relation or key: the processor does not follow it */
            OPAQUE
        }

        boolean isRelation() {
            return kind == Kind.FORWARD || kind == Kind.MANY_TO_MANY || kind == Kind.REVERSE || kind == Kind.REVERSE_ONE;
        }

        /** The storage of the value compared when a lookup ends here; null when it cannot be told. */
        Storage storage(ModelRegistry models) {
            if (fieldKind != null && fieldKind.storage() != null) {
                return fieldKind == FieldKind.ENUM ? null : fieldKind.storage();
            }
            if ((kind == Kind.FORWARD || kind == Kind.RAW_KEY || kind == Kind.MANY_TO_MANY) && target != null) {
                ModelShape t = models.shape(target);
                return t == null ? null : t.pkStorage;
            }
            return null;
        }
    }

    final TypeElement type;
    final String name;
    final Map<String, Member> members = new LinkedHashMap<>();
    /** Reverse relations by the name instances reach them by ({@code bookSet}), which prefetchRelated takes. */
    final Map<String, Member> accessors = new LinkedHashMap<>();
    String pkName = "id";
    Storage pkStorage = Storage.LONG;
    boolean complete;

    ModelShape(TypeElement type) {
        this.type = type;
        this.name = type.getSimpleName().toString();
    }

    Member member(String memberName) {
        return members.get(memberName);
    }

    /** The names a lookup may start with, sorted, as the runtime's FieldError lists them. */
    Set<String> choices() {
        Set<String> names = new TreeSet<>(members.keySet());
        names.add("pk");
        return names;
    }

    /** The primary key, which the runtime's {@code pk} stands for. */
    Member pk() {
        for (Member m : members.values()) {
            if (m.kind == Member.Kind.COLUMN && m.name.equals(pkName)) {
                return m;
            }
        }
        return null;
    }
}
