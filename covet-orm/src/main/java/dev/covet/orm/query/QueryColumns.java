package dev.covet.orm.query;

import dev.covet.orm.exception.FieldError;
import dev.covet.orm.meta.FieldInfo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each row of a {@link Query} carries: the named values of {@code values()} or the model's loaded
 * fields ({@code defer}, {@code only}), the relations loaded alongside ({@code select_related}), the
 * annotations left unselected ({@code alias()}) and DISTINCT. The public methods here are
 * {@code Query}'s; a copy of the query copies this state with it.
 */
abstract sealed class QueryColumns extends QueryRows permits Query {
    private boolean distinct;
    private List<Expression> distinctFields = List.of();
    private LinkedHashMap<String, Expression> values;
    private boolean groupByValues;
    private Set<String> deferred = Set.of();
    private Set<String> only;
    private SelectRelated selectRelated;
    /** Names of annotations made by {@code alias()}: usable in filters and ordering, not selected. */
    private Set<String> hidden = Set.of();

    QueryColumns() {
    }

    /** The selection of {@code original}, for its copy. */
    QueryColumns(QueryColumns original) {
        super(original);
        this.distinct = original.distinct;
        this.distinctFields = original.distinctFields;
        this.values = original.values == null ? null : new LinkedHashMap<>(original.values);
        this.groupByValues = original.groupByValues;
        this.deferred = original.deferred;
        this.only = original.only;
        this.selectRelated = original.selectRelated;
        this.hidden = original.hidden;
    }

    /** Fails if the query is a combination, on which {@code what} does not apply. */
    abstract void checkNotCombined(String what);

    /** {@return whether the query selects distinct rows (Django's {@code distinct()})} */
    public boolean isDistinct() {
        return distinct;
    }

    /** {@return the expressions of PostgreSQL's {@code DISTINCT ON}; empty for a plain DISTINCT or none} */
    public List<Expression> distinctFields() {
        return distinctFields;
    }

    /** {@return the named expressions of a {@code values()} query, or null when rows are model instances} */
    public Map<String, Expression> values() {
        return values == null ? null : Collections.unmodifiableMap(values);
    }

    /** {@return whether the aggregate annotations group by the {@code values()} columns (values then annotate)} */
    public boolean groupsByValues() {
        return groupByValues;
    }

    /** {@return the relations loaded in the same SELECT, or null for none} */
    public SelectRelated selectRelated() {
        return selectRelated;
    }

    /** {@return the fields {@code defer} left out (empty when none)} */
    public Set<String> deferredNames() {
        return deferred;
    }

    /** {@return the fields {@code only} named, or null when it was not called} */
    public Set<String> onlyNames() {
        return only;
    }

    /** {@return the model fields whose columns a model query loads} */
    public List<FieldInfo> loadedFields() {
        return PathResolver.loadedFields(model(), deferred, only);
    }

    /** {@return the single column a subquery selects} */
    public OutputType singleOutputType() {
        if (values != null && values.size() == 1) {
            return values.values().iterator().next().outputType();
        }
        return OutputType.of(model().pk());
    }

    /**
     * Is the annotation {@code name} one made by {@code alias()} (so that it is not selected)?
     *
     * @param name an annotation name
     * @return true for an {@code alias()}; false for a selected annotation or an unknown name
     */
    public boolean isHidden(String name) {
        return hidden.contains(name);
    }

    /**
     * Selects distinct rows (Django's {@code distinct()}), or one row per value of {@code fields}
     * (PostgreSQL's {@code DISTINCT ON}).
     *
     * @param fields field paths for {@code DISTINCT ON}; empty for a plain DISTINCT
     * @throws FieldError if a path names no field
     * @throws dev.covet.orm.exception.NotSupportedError if the query is a combination
     */
    public void setDistinct(List<String> fields) {
        checkNotCombined("distinct");
        distinct = true;
        List<Expression> exprs = new ArrayList<>();
        for (String f : fields) {
            exprs.add(paths().resolvePath(f));
        }
        distinctFields = List.copyOf(exprs);
    }

    /**
     * Selects exactly these named expressions (already resolved); used by the compilers.
     *
     * @param selected the expressions by result name, in order
     */
    public void selectExpressions(Map<String, Expression> selected) {
        values = new LinkedHashMap<>(selected);
        groupByValues = false;
    }

    /**
     * As {@link #selectExpressions(Map)}, keeping a values-then-annotate grouping as it was.
     *
     * @param selected the expressions by result name, in order
     */
    public void extendSelection(Map<String, Expression> selected) {
        boolean grouping = groupByValues;
        selectExpressions(selected);
        groupByValues = grouping;
    }

    /**
     * Leaves these fields out of the loaded columns (Django's {@code defer()}); adds to earlier calls.
     *
     * @param names field names of the model; null clears every deferral
     * @throws FieldError if a name is not a field with a column
     */
    public void defer(List<String> names) {
        if (names == null) {
            deferred = Set.of();
            return;
        }
        Set<String> next = new LinkedHashSet<>(deferred);
        for (String n : names) {
            next.add(paths().localField(n).name());
        }
        deferred = Set.copyOf(next);
        if (only != null) {
            Set<String> o = new LinkedHashSet<>(only);
            o.removeAll(next);
            only = Set.copyOf(o);
        }
    }

    /**
     * Loads only these fields (and the primary key); Django's {@code only()}. Replaces earlier calls and deferrals.
     *
     * @param names field names of the model
     * @throws FieldError if a name is not a field with a column
     */
    public void only(List<String> names) {
        Set<String> next = new LinkedHashSet<>();
        for (String n : names) {
            next.add(paths().localField(n).name());
        }
        only = Set.copyOf(next);
        deferred = Set.of();
    }

    /**
     * Follows forward relations in the same query (Django's {@code select_related()}); adds to earlier calls.
     *
     * @param paths relation paths such as {@code "author__publisher"}; empty for every non-null foreign key
     * @throws FieldError if a path is not a chain of forward relations
     * @throws dev.covet.orm.exception.NotSupportedError if the query is a combination
     */
    public void addSelectRelated(List<String> paths) {
        checkNotCombined("selectRelated");
        if (paths.isEmpty()) {
            selectRelated = SelectRelated.allNonNull(model());
            return;
        }
        SelectRelated tree = selectRelated == null ? SelectRelated.EMPTY : selectRelated;
        for (String path : paths) {
            tree = tree.with(model(), PathWalker.split(path));
        }
        selectRelated = tree;
    }

    /** Follows no relation any more (Django's {@code select_related(None)}). */
    public void clearSelectRelated() {
        selectRelated = null;
    }

    /** The {@code values()} expressions by name as held, or null. */
    Map<String, Expression> valuesByName() {
        return values;
    }

    /** Selects the fields and annotations {@code names} choose, as {@code values()} does on one query. */
    void selectNames(List<String> names) {
        values = paths().selection(names, hidden);
        groupByValues = false;
    }

    /** Selects the new annotation {@code alias} too, if the query selects values; an aggregate groups by them. */
    void selectAnnotation(String alias, Expression resolved) {
        if (values != null && resolved.containsAggregate()) {
            groupByValues = true;
        }
        if (values != null) {
            values.put(alias, resolved);
        }
    }

    /** Leaves the annotation {@code alias} unselected, as {@code alias()} makes it. */
    void hide(String alias) {
        Set<String> names = new java.util.HashSet<>(hidden);
        names.add(alias);
        hidden = Set.copyOf(names);
        if (values != null) {
            values.remove(alias);
        }
    }

    /**
     * Narrows this private copy to the one column of a subquery (the primary key unless {@code values()} chose
     * one), without related selection; see {@link Query#asSubquery()}.
     */
    void selectOneColumn() {
        if (values == null) {
            values = new LinkedHashMap<>();
            // named as its column, so that it needs no alias ("U0"."id", as Django writes it)
            values.put(model().pk().column(), new Col(0, model().pk()));
        } else if (values.size() != 1) {
            throw new FieldError("A subquery must select exactly one column; this one selects " + values.keySet());
        }
        if (!isSliced() && distinctFields.isEmpty()) {
            clearOrdering();
        }
        selectRelated = null;
    }

    /** Is every column as {@code Manager.all()} selects it: no DISTINCT, projection, deferral, related selection or alias? */
    boolean columnsAsGiven() {
        return !distinct && distinctFields.isEmpty() && values == null && deferred.isEmpty() && only == null
                && selectRelated == null && hidden.isEmpty();
    }

    /** Resolves the {@code values()} expressions again through {@code resolver}; see {@link Query#resolveOuterRefs}. */
    void rebindValues(Expression.Resolver resolver) {
        if (values != null) {
            values.replaceAll((name, e) -> e.resolve(resolver));
        }
    }
}
