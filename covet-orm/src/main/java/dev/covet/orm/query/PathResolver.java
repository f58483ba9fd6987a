package dev.covet.orm.query;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.meta.Naming;
import dev.covet.orm.meta.RelationInfo;
import dev.covet.orm.query.PathWalker.Hop;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the names one {@link Query} is given against its model: lookup paths to columns (making or
 * reusing the joins they need) or annotations, ordering terms, {@code values()} names, annotation
 * aliases and deferred fields, failing with errors that name the choices. It owns the query's tables
 * and the join rules of the call being resolved; the query keeps the tree those names go into, and a
 * copy of the query gets a resolver over a copy of the tables.
 */
final class PathResolver {
    private final Query query;
    private final Joins joins;
    /** The join rules of the call being resolved: a filter's, or the select rules outside filters. */
    private JoinContext context = JoinContext.select();

    PathResolver(Query query, Joins joins) {
        this.query = query;
        this.joins = joins;
    }

    /** A resolver for {@code copy}, over a copy of these tables; the join rules start afresh. */
    PathResolver copyFor(Query copy) {
        return new PathResolver(copy, joins.copy());
    }

    /** The query's tables: its model's own first (index 0), then each join; read-only. */
    List<Join> tables() {
        return joins.view();
    }

    JoinContext context() {
        return context;
    }

    /** Resolves under {@code next} until {@link #restore} is given the rules this returns. */
    JoinContext enter(JoinContext next) {
        JoinContext previous = context;
        context = next;
        return previous;
    }

    void restore(JoinContext previous) {
        context = previous;
    }

    // ---------------------------------------------------------------- paths and columns

    /** The column or annotation {@code path} names, then its transforms and JSON keys; see {@link Query#resolvePath}. */
    Expression resolvePath(String path) {
        Map<String, Expression> annotations = query.annotationsByName();
        PathWalker.Path p = PathWalker.walk(query.model(), path, annotations.keySet());
        Expression e = p.annotation() != null ? annotations.get(p.annotation()) : columnFor(p, context);
        for (String part : p.rest()) {
            Transforms.Definition transform = Transforms.named(part);
            if (transform == null && (e instanceof KeyTransform || e.outputType().storage() == Storage.JSON)) {
                e = KeyTransform.step(e, part, path);
                continue;
            }
            if (transform == null) {
                throw new FieldError("Cannot resolve '" + path + "': '" + part + "' is not a field or transform of "
                        + describe(e));
            }
            e = Transforms.apply(transform, e, path);
        }
        return e;
    }

    /** How an error names {@code e}: its field for a column, else the kind of expression. */
    static String describe(Expression e) {
        if (e instanceof Col c) {
            return c.field().toString();
        }
        return e.getClass().getSimpleName();
    }

    /** The column a walked path reaches under the current join rules, making (or reusing) its joins. */
    Col columnFor(PathWalker.Path path) {
        return joins.columnFor(path, context);
    }

    /** The column a walked path reaches under {@code ctx}, making (or reusing) its joins. */
    Col columnFor(PathWalker.Path path, JoinContext ctx) {
        return joins.columnFor(path, ctx);
    }

    /** See {@link Query#colFor}. */
    Col colFor(int table, FieldInfo field) {
        return joins.colFor(table, field);
    }

    /** See {@link Query#junctionColumn}. */
    Col junctionColumn(FieldInfo m2m, boolean ownerIsSource) {
        Hop hop = new Hop(ownerIsSource ? Hop.Kind.M2M_REVERSE : Hop.Kind.M2M_FORWARD, m2m, 0);
        RelationInfo.Junction j = m2m.relation().junction();
        FieldInfo ownerKey = ownerIsSource ? j.sourceField(m2m.model()) : j.targetField(m2m.relation().target());
        return columnFor(new PathWalker.Path(List.of(hop), ownerKey, null, List.of()), JoinContext.filter());
    }

    /** The join an earlier condition of the current filter call made for {@code hop} after {@code prefix}, or -1. */
    int existingJoin(List<Hop> prefix, Hop hop) {
        return joins.existing(prefix, hop, context.used);
    }

    void setJoinType(int index, Join.Type type) {
        joins.setType(index, type);
    }

    /** See {@link Query#joinForSelectRelated}. */
    int joinForSelectRelated(int start, FieldInfo foreignKey) {
        return joins.forSelectRelated(start, foreignKey);
    }

    // ---------------------------------------------------------------- ordering

    /**
     * The terms of {@code order_by()} resolved: field paths ({@code "-publishedAt"}, {@code "?"}),
     * {@link OrderBy}s or expressions.
     *
     * @throws FieldError if a term is none of these, or a path names no field
     */
    List<OrderBy> ordering(List<?> terms) {
        List<OrderBy> resolved = new ArrayList<>();
        for (Object t : terms) {
            if (t instanceof String s) {
                resolved.addAll(resolveOrdering(List.of(s)));
            } else if (t instanceof OrderBy o) {
                resolved.add(o.isRandom() ? o : new OrderBy(o.expression().resolve(query), o.descending(), o.nulls()));
            } else if (t instanceof Expression e) {
                resolved.add(new OrderBy(e.resolve(query), false));
            } else {
                throw new FieldError("Cannot order by " + t + ": give field names or expressions");
            }
        }
        return resolved;
    }

    /** Ordering terms spelled as names ({@code "-author"}, {@code "?"}), a relation by its model's default ordering. */
    List<OrderBy> resolveOrdering(List<String> terms) {
        List<OrderBy> out = new ArrayList<>();
        for (String term : terms) {
            resolveOrderTerm(term, out, new HashSet<>());
        }
        return out;
    }

    private void resolveOrderTerm(String term, List<OrderBy> out, Set<String> seen) {
        if (term.equals("?")) {
            out.add(OrderBy.RANDOM);
            return;
        }
        boolean desc = term.startsWith("-");
        String name = desc ? term.substring(1) : term;
        Map<String, Expression> annotations = query.annotationsByName();
        Map<String, Expression> values = query.valuesByName();
        if (annotations.containsKey(name)) {
            out.add(new OrderBy(annotations.get(name), desc));
            return;
        }
        if (values != null && values.containsKey(name)) {
            out.add(new OrderBy(values.get(name), desc));
            return;
        }
        JoinContext previous = enter(JoinContext.select());
        try {
            PathWalker.Path p = PathWalker.walk(query.model(), name, annotations.keySet());
            FieldInfo f = p.field();
            boolean relation = f != null && f.relation() != null && f.relation().isForward() && p.rest().isEmpty()
                    && !name.endsWith(f.attname());
            if (relation && !f.relation().target().ordering().isEmpty()) {
                // ordering by a relation follows the related model's default ordering, as in Django
                if (!seen.add(name)) {
                    throw new FieldError("Infinite loop caused by ordering on '" + name + "'");
                }
                for (String inner : f.relation().target().ordering()) {
                    boolean innerDesc = inner.startsWith("-");
                    String innerName = innerDesc ? inner.substring(1) : inner;
                    if (innerName.equals("?")) {
                        out.add(OrderBy.RANDOM);
                        continue;
                    }
                    resolveOrderTerm((desc != innerDesc ? "-" : "") + name + "__" + innerName, out, seen);
                }
                return;
            }
            out.add(new OrderBy(resolvePath(name), desc));
        } finally {
            restore(previous);
        }
    }

    // ---------------------------------------------------------------- other names

    /**
     * Checks an annotation's name: an identifier, not a field's or a reverse relation's, not taken.
     *
     * @throws FieldError naming what is wrong
     */
    void checkAnnotationName(String alias) {
        ModelInfo<?> model = query.model();
        if (!Naming.isIdentifier(alias)) {
            throw new FieldError("Annotation name '" + alias + "' is not valid: use letters, digits and underscores");
        }
        if (model.findField(alias) != null || model.findReverseByQueryName(alias) != null) {
            throw new FieldError("The annotation '" + alias + "' conflicts with a field on the model " + model.name());
        }
        if (query.annotationsByName().containsKey(alias)) {
            throw new FieldError("The annotation '" + alias + "' is already defined");
        }
    }

    /**
     * The expressions {@code values()} selects: each of {@code names}, or for none every column and
     * every annotation not in {@code hidden}.
     *
     * @throws FieldError if a name repeats or names no field
     */
    LinkedHashMap<String, Expression> selection(List<String> names, Set<String> hidden) {
        LinkedHashMap<String, Expression> selected = new LinkedHashMap<>();
        if (names.isEmpty()) {
            for (FieldInfo f : query.model().columns()) {
                selected.put(f.attname(), colFor(0, f));
            }
            query.annotationsByName().forEach((name, e) -> {
                if (!hidden.contains(name)) {
                    selected.put(name, e);
                }
            });
        } else {
            for (String name : names) {
                if (selected.containsKey(name)) {
                    throw new FieldError("values() names '" + name + "' twice");
                }
                Expression e = resolvePath(name);
                selected.put(name, e instanceof KeyTransform k ? new JsonKeyValue(k) : e);
            }
        }
        return selected;
    }

    /**
     * The model's field named {@code name} for {@code defer()} / {@code only()}.
     *
     * @throws FieldError naming the fields with a column, if {@code name} is not one of them
     */
    FieldInfo localField(String name) {
        ModelInfo<?> model = query.model();
        FieldInfo f = model.findField(name);
        if (f == null || !f.hasColumn()) {
            List<String> choices = model.columns().stream().map(FieldInfo::name).toList();
            throw FieldError.unknown(name, model.name(), choices);
        }
        return f;
    }

    /** The fields of {@code model} whose columns a model query loads, given its deferred and only names. */
    static List<FieldInfo> loadedFields(ModelInfo<?> model, Set<String> deferred, Set<String> only) {
        List<FieldInfo> out = new ArrayList<>();
        List<FieldInfo> candidates = new ArrayList<>(model.columns());
        // a single-table model's rows may be of its subclasses: read their columns too
        for (ModelInfo<?> d : model.singleTableDescendants()) {
            for (FieldInfo f : d.columns()) {
                if (!candidates.contains(f)) {
                    candidates.add(f);
                }
            }
        }
        for (FieldInfo f : candidates) {
            boolean load = f.isPrimaryKey() || (only == null ? !deferred.contains(f.name()) : only.contains(f.name()));
            if (load) {
                out.add(f);
            }
        }
        return out;
    }

    /** {@code item} with every expression resolved again through {@code resolver} (a subquery's outer scope). */
    static WhereItem rebind(WhereItem item, Expression.Resolver resolver) {
        return switch (item) {
            case Lookup l -> new Lookup(l.type(), l.lhs().resolve(resolver), l.rhs().resolve(resolver));
            case Condition c -> new Condition(c.expression().resolve(resolver));
            case MatchNothing m -> m;
            case WhereNode n -> {
                List<WhereItem> children = new ArrayList<>(n.children().size());
                for (WhereItem child : n.children()) {
                    children.add(rebind(child, resolver));
                }
                yield new WhereNode(n.or(), n.negated(), children);
            }
        };
    }
}
