package dev.covet.orm.query;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.GenericRelationInfo;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.meta.RelationInfo;
import dev.covet.orm.meta.ReverseRelation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Walks a lookup path ({@code author__books__title__icontains}) over a model's fields and
 * relations without touching any query: the relation hops, the field reached, and the
 * transforms and lookup left over. Every name is checked here.
 */
final class PathWalker {
    private PathWalker() {
    }

    /** One step across a relation. */
    record Hop(Kind kind, FieldInfo field, int partIndex, GenericRelationInfo generic) {
        /** GENERIC_REVERSE follows a {@code @GenericRelation}; {@code field} is then its generic key's object-id field. */
        enum Kind { FORWARD, REVERSE, M2M_FORWARD, M2M_REVERSE, GENERIC_REVERSE }

        Hop(Kind kind, FieldInfo field, int partIndex) {
            this(kind, field, partIndex, null);
        }

        /** Can the step reach several rows per row it starts from? */
        boolean multiValued() {
            return switch (kind) {
                case FORWARD -> false;
                case REVERSE -> field.relation().kind() != RelationInfo.Kind.ONE_TO_ONE;
                case M2M_FORWARD, M2M_REVERSE, GENERIC_REVERSE -> true;
            };
        }

        /** The model the step arrives at. */
        ModelInfo<?> target() {
            return switch (kind) {
                case FORWARD, M2M_FORWARD -> field.relation().target();
                case REVERSE, M2M_REVERSE, GENERIC_REVERSE -> field.model();
            };
        }
    }

    /**
     * The result of a walk.
     *
     * @param field      the field reached, or null when {@code annotation} is set
     * @param annotation the annotation the path starts with, or null
     * @param rest       the transforms and lookup after the field
     */
    record Path(List<Hop> hops, FieldInfo field, String annotation, List<String> rest) {
        boolean crossesMultiValued() {
            return hops.stream().anyMatch(Hop::multiValued);
        }
    }

    static String[] split(String path) {
        // by hand: String.split compiles a regex for a two-character separator, on every lookup
        int at = path.indexOf("__");
        String[] parts;
        if (at < 0) {
            parts = new String[]{path};
        } else {
            java.util.List<String> list = new java.util.ArrayList<>(4);
            int from = 0;
            while (at >= 0) {
                list.add(path.substring(from, at));
                from = at + 2;
                at = path.indexOf("__", from);
            }
            list.add(path.substring(from));
            parts = list.toArray(String[]::new);
        }
        for (String p : parts) {
            if (p.isEmpty()) {
                throw new FieldError("Malformed lookup '" + path + "': empty name between '__' separators");
            }
        }
        return parts;
    }

    static Path walk(ModelInfo<?> model, String path, Collection<String> annotations) {
        String[] parts = split(path);
        if (annotations.contains(parts[0])) {
            return new Path(List.of(), null, parts[0], List.of(Arrays.copyOfRange(parts, 1, parts.length)));
        }
        List<Hop> hops = new ArrayList<>();
        ModelInfo<?> current = model;
        for (int i = 0; i < parts.length; i++) {
            String name = parts[i];
            boolean last = i == parts.length - 1;
            FieldInfo f = current.findField(name);
            if (f != null) {
                RelationInfo r = f.relation();
                boolean rawKey = r != null && r.isForward() && name.equals(f.attname()) && !name.equals(f.name());
                if (r == null || rawKey) {
                    return new Path(hops, f, null, rest(parts, i + 1));
                }
                ModelInfo<?> target = r.target();
                // a name after a relation that is no lookup or transform was meant as a field over there
                boolean continues = !last && (followsInto(target, parts[i + 1]) || !isLookupOrTransform(parts[i + 1]));
                if (r.isForward()) {
                    if (!continues) {
                        return new Path(hops, f, null, rest(parts, i + 1));
                    }
                    hops.add(new Hop(Hop.Kind.FORWARD, f, i));
                } else {
                    hops.add(new Hop(Hop.Kind.M2M_FORWARD, f, i));
                    if (!continues) {
                        return new Path(hops, target.pk(), null, rest(parts, i + 1));
                    }
                }
                current = target;
                continue;
            }
            ReverseRelation reverse = current.findReverseByQueryName(name);
            if (reverse != null) {
                FieldInfo forward = reverse.field();
                ModelInfo<?> related = forward.model();
                hops.add(new Hop(forward.relation().isManyToMany() ? Hop.Kind.M2M_REVERSE : Hop.Kind.REVERSE, forward, i));
                if (last || (!followsInto(related, parts[i + 1]) && isLookupOrTransform(parts[i + 1]))) {
                    return new Path(hops, related.pk(), null, rest(parts, i + 1));
                }
                current = related;
                continue;
            }
            GenericRelationInfo generic = current.findGenericRelation(name);
            if (generic != null) {
                FieldInfo objectId = generic.genericForeignKey().fkField();
                if (objectId.storage() != current.pk().storage()) {
                    throw new FieldError("Cannot look up across " + generic + ": its generic key's " + objectId
                            + " holds " + objectId.storage() + " values, and " + current.name() + "'s primary key is "
                            + current.pk().storage() + "; a lookup needs the two of one type");
                }
                ModelInfo<?> related = generic.relatedModel();
                hops.add(new Hop(Hop.Kind.GENERIC_REVERSE, objectId, i, generic));
                if (last || (!followsInto(related, parts[i + 1]) && isLookupOrTransform(parts[i + 1]))) {
                    return new Path(hops, related.pk(), null, rest(parts, i + 1));
                }
                current = related;
                continue;
            }
            Set<String> choices = new LinkedHashSet<>(current.fieldChoices());
            if (i == 0) {
                choices.addAll(annotations);
            }
            throw FieldError.unknown(name, current.name(), choices);
        }
        throw new IllegalStateException("unreachable");
    }

    private static boolean isLookupOrTransform(String name) {
        return LookupType.named(name) != null || Transforms.named(name) != null;
    }

    /** Does {@code next} name something on {@code model} (so the path goes on through the relation)? */
    private static boolean followsInto(ModelInfo<?> model, String next) {
        return model.findField(next) != null || model.findReverseByQueryName(next) != null
                || model.findGenericRelation(next) != null;
    }

    private static List<String> rest(String[] parts, int from) {
        return from >= parts.length ? List.of() : List.of(Arrays.copyOfRange(parts, from, parts.length));
    }
}
