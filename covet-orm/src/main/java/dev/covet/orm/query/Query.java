package dev.covet.orm.query;

import dev.covet.orm.meta.Where;
import dev.covet.orm.exception.FieldError;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.ModelInfo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The AST of one SELECT over a model: its tables (joins), WHERE and HAVING trees, annotations,
 * ordering, slice, selected columns and locking. A {@code QuerySet} holds one and never changes
 * it: every chained call works on a {@link #copy()}. Not thread-safe while being built.
 */
public final class Query implements Expression.Resolver {
    private final ModelInfo<?> model;
    /** Resolves the names this query is given against its model, making its joins; owns its tables. */
    private final PathResolver paths;
    private WhereNode where = WhereNode.EMPTY;
    private WhereNode having = WhereNode.EMPTY;
    private LinkedHashMap<String, Expression> annotations = new LinkedHashMap<>();
    private List<OrderBy> orderBy = List.of();
    private boolean defaultOrdering = true;
    private boolean reversed;
    private long offset;
    private Long limit;
    private boolean distinct;
    private List<Expression> distinctFields = List.of();
    private LinkedHashMap<String, Expression> values;
    private boolean groupByValues;
    private Set<String> deferred = Set.of();
    private Set<String> only;
    private SelectRelated selectRelated;
    private Lock lock;
    private java.time.Duration timeout;

    /**
     * A query for every row of {@code model} (Django's {@code Model.objects.all()}); a single-table subclass
     * sees only its own rows and its subclasses'.
     *
     * @param model the queried model
     */
    public Query(ModelInfo<?> model) {
        this.model = model;
        this.paths = new PathResolver(this, new Joins(model));
        if (model.inheritance() == ModelInfo.Inheritance.SINGLE_TABLE && model.parent() != null) {
            // a single-table subclass sees only its own rows and its subclasses'
            List<Expression> identities = new ArrayList<>();
            for (String id : model.identities()) {
                identities.add(new Value(id, model.discriminator().storage()));
            }
            where = where.and(new Lookup(LookupType.IN, new Col(0, model.discriminator()), new ValueList(identities)));
        }
    }

    private Query(Query original) {
        this.model = original.model;
        this.paths = original.paths.copyFor(this);
    }

    /** {@return a copy whose changes do not touch this query} */
    public Query copy() {
        Query q = new Query(this);
        q.where = where;
        q.having = having;
        q.annotations = new LinkedHashMap<>(annotations);
        q.orderBy = orderBy;
        q.defaultOrdering = defaultOrdering;
        q.reversed = reversed;
        q.offset = offset;
        q.limit = limit;
        q.distinct = distinct;
        q.distinctFields = distinctFields;
        q.values = values == null ? null : new LinkedHashMap<>(values);
        q.groupByValues = groupByValues;
        q.deferred = deferred;
        q.only = only;
        q.selectRelated = selectRelated;
        q.lock = lock;
        q.timeout = timeout;
        q.hidden = hidden;
        q.combination = combination;
        return q;
    }

    // ---------------------------------------------------------------- reading (for the compiler)

    /** {@return the queried model} */
    public ModelInfo<?> model() {
        return model;
    }

    /** {@return the query's tables: the model's own first (index 0), then each join} */
    public List<Join> tables() {
        return paths.tables();
    }

    /** {@return the WHERE tree; {@link WhereNode#EMPTY} for none} */
    public WhereNode where() {
        return where;
    }

    /** {@return the HAVING tree (conditions on aggregate annotations); {@link WhereNode#EMPTY} for none} */
    public WhereNode having() {
        return having;
    }

    /** {@return the annotations by name, in the order added, hidden ones ({@code alias()}) included; read-only} */
    public Map<String, Expression> annotations() {
        return Collections.unmodifiableMap(annotations);
    }

    /**
     * The ordering to apply: explicit, else the model's default (unless cleared), reversed if asked.
     * A grouped query ({@code values().annotate(Count...)}, an aggregate annotation) ignores the
     * model's default ordering, as Django does since 3.1: ordering by a column would also group by
     * it, and give one row per instance instead of one per group.
     *
     * @return the order terms; empty for an unordered query
     */
    public List<OrderBy> effectiveOrdering() {
        List<OrderBy> terms = orderBy;
        if (ordersByModelDefault()) {
            terms = isGrouped() ? List.of() : paths.resolveOrdering(model.ordering());
        }
        if (!reversed) {
            return terms;
        }
        return terms.stream().map(OrderBy::reversed).toList();
    }

    /** {@return whether any ordering (explicit, or the model's default on a query that does not group) is in force} */
    public boolean isOrdered() {
        return !orderBy.isEmpty() || (ordersByModelDefault() && !isGrouped());
    }

    /** Would the model's {@code Meta.ordering} apply (no explicit ordering, and not cleared)? */
    private boolean ordersByModelDefault() {
        return orderBy.isEmpty() && defaultOrdering && !model.ordering().isEmpty();
    }

    /** {@return whether the query has a GROUP BY (an aggregate annotation or a HAVING)} */
    public boolean isGrouped() {
        return hasAggregateAnnotation() || !having.isEmpty();
    }

    /** {@return how many rows to skip; 0 for none} */
    public long offset() {
        return offset;
    }

    /** {@return the maximum number of rows, or null for no limit} */
    public Long limit() {
        return limit;
    }

    /** {@return whether an offset or a limit is set} */
    public boolean isSliced() {
        return offset != 0 || limit != null;
    }

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

    /** {@return whether any annotation aggregates (so that the query needs a GROUP BY)} */
    public boolean hasAggregateAnnotation() {
        for (Expression e : annotations.values()) {
            if (e.containsAggregate()) {
                return true;
            }
        }
        return false;
    }

    /** {@return the relations loaded in the same SELECT, or null for none} */
    public SelectRelated selectRelated() {
        return selectRelated;
    }

    /** {@return the {@code FOR UPDATE} options, or null for no lock} */
    public Lock lock() {
        return lock;
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
        return PathResolver.loadedFields(model, deferred, only);
    }

    /** {@return the single column a subquery selects} */
    public OutputType singleOutputType() {
        if (values != null && values.size() == 1) {
            return values.values().iterator().next().outputType();
        }
        return OutputType.of(model.pk());
    }

    // ---------------------------------------------------------------- building

    /**
     * Adds {@code q} with AND, as {@code filter()} does (negated, as {@code exclude()} does); a condition on
     * an aggregate goes to HAVING.
     *
     * @param q the condition; an empty one adds nothing
     * @throws IllegalStateException if the query is sliced
     * @throws dev.covet.orm.exception.NotSupportedError if the query is a combination
     * @throws FieldError if a path names no field, or a value does not fit its lookup
     */
    public void addFilter(Where q) {
        checkNotCombined("filter");
        if (q.isEmpty()) {
            return;
        }
        checkNotSliced("filter");
        JoinContext previous = paths.enter(JoinContext.filter());
        try {
            WhereItem item = new FilterBuilder(this).build(q, false, false);
            if (containsAggregate(item)) {
                having = having.and(item);
            } else {
                where = where.and(item);
            }
            JoinPromoter.promote(this, item);
        } finally {
            paths.restore(previous);
        }
    }

    /**
     * Django's {@code qs1 | qs2}: keeps the rows this query matches or {@code other} matches. The other
     * side comes in as a primary-key subquery; the joins only this side's conditions need become LEFT
     * OUTER, so that rows matched by the other side alone are kept.
     *
     * @param other a query over the same base model
     * @throws IllegalArgumentException if the models or the distinctness differ
     * @throws IllegalStateException if either query is sliced
     * @throws dev.covet.orm.exception.NotSupportedError if either query groups
     */
    public void orWith(Query other) {
        checkCombinable(other);
        if (where.isEmpty()) {
            return;   // this side matches every row already
        }
        WhereItem theirs = new Lookup(LookupType.IN, new Col(0, model.pk()), new SubqueryExpression(other.asSubquery()));
        where = new WhereNode(true, false, List.of(where, theirs));
        JoinPromoter.promote(this, where);
    }

    /**
     * Django's {@code qs1 & qs2}: keeps the rows both match ({@code other} as a primary-key subquery).
     *
     * @param other a query over the same base model
     * @throws IllegalArgumentException if the models or the distinctness differ
     * @throws IllegalStateException if either query is sliced
     * @throws dev.covet.orm.exception.NotSupportedError if either query groups
     */
    public void andWith(Query other) {
        checkCombinable(other);
        where = where.and(new Lookup(LookupType.IN, new Col(0, model.pk()), new SubqueryExpression(other.asSubquery())));
    }

    private void checkCombinable(Query other) {
        if (other.model.tableOwner() != model.tableOwner() || !other.model.type().isAssignableFrom(model.type())
                && !model.type().isAssignableFrom(other.model.type())) {
            throw new IllegalArgumentException("Cannot combine queries on two different base models: " + model.name() + " and "
                    + other.model.name());
        }
        if (isSliced() || other.isSliced()) {
            throw new IllegalStateException("Cannot combine queries once a slice has been taken.");
        }
        if (isDistinct() != other.isDistinct()) {
            throw new IllegalArgumentException("Cannot combine a unique query with a non-unique query.");
        }
        if (isGrouped() || other.isGrouped()) {
            throw new dev.covet.orm.exception.NotSupportedError("Cannot combine QuerySets with aggregate annotations or HAVING; combine their conditions with Q");
        }
    }

    /**
     * {@code q} as a WHERE tree of this query, for a condition inside an expression ({@code When}, an aggregate's filter).
     *
     * @param q the condition
     * @return the resolved tree; the joins it needs are added to this query
     */
    public WhereItem condition(Where q) {
        return new FilterBuilder(this).build(q, false, false);
    }

    /**
     * Replaces the WHERE tree; used by the compilers on their own copy.
     *
     * @param where the new tree, already resolved against this query
     */
    public void setWhere(WhereNode where) {
        this.where = where;
    }

    /**
     * Adds a resolved condition as it stands (used by relation managers).
     *
     * @param item a condition resolved against this query, joined with AND
     */
    public void addCondition(WhereItem item) {
        where = where.and(item);
    }

    /** The set operation this query is the result of, or null. */
    private Combination combination;

    /**
     * A query over the rows of {@code parts} combined by a set operation; each part keeps its filters
     * and columns but loses its ordering, which belongs to the combined result.
     *
     * @param kind  the set operation (Django's {@code union}, {@code intersection}, {@code difference})
     * @param all   keep duplicate rows ({@code UNION ALL})?
     * @param parts the queries, the first naming the result's columns
     * @return a new query, unordered and unsliced
     * @throws dev.covet.orm.exception.NotSupportedError if a part is sliced or already combined
     */
    public static Query combine(Combination.Kind kind, boolean all, List<Query> parts) {
        List<Query> cleaned = new ArrayList<>();
        for (Query part : parts) {
            if (part.isSliced()) {
                throw new dev.covet.orm.exception.NotSupportedError("A sliced QuerySet cannot be part of a " + kind.name().toLowerCase(java.util.Locale.ROOT)
                        + "; slice the combined result instead");
            }
            if (part.combination != null) {
                throw new dev.covet.orm.exception.NotSupportedError("A combined QuerySet cannot be combined again");
            }
            Query c = part.copy();
            c.clearOrdering();
            cleaned.add(c);
        }
        Query q = parts.getFirst().copy();
        q.clearOrdering();
        q.combination = new Combination(kind, all, cleaned);
        return q;
    }

    /** {@return the set operation this query is the result of, or null} */
    public Combination combination() {
        return combination;
    }

    private void checkNotCombined(String what) {
        if (combination != null) {
            throw new dev.covet.orm.exception.NotSupportedError("Calling " + what + "() after " + combination.kind().name().toLowerCase(java.util.Locale.ROOT)
                    + "() is not supported; only ordering, slicing, count() and exists() apply to a combined QuerySet");
        }
    }

    /** Names of annotations made by {@code alias()}: usable in filters and ordering, not selected. */
    private Set<String> hidden = Set.of();

    /**
     * Adds a named value for filters and ordering that the query does not select (Django's {@code alias()}).
     *
     * @param alias      the name, letters, digits and underscores
     * @param expression the value, resolved against this query
     * @throws FieldError if the name is not valid, is taken by a field or is already an annotation
     */
    public void addAlias(String alias, Expression expression) {
        addAnnotation(alias, expression);
        Set<String> names = new java.util.HashSet<>(hidden);
        names.add(alias);
        hidden = Set.copyOf(names);
        if (values != null) {
            values.remove(alias);
        }
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
     * Adds an annotation: a value computed per row (or per group, for aggregates); Django's {@code annotate()}.
     *
     * @param alias      the name, letters, digits and underscores
     * @param expression the value, resolved against this query
     * @throws FieldError if the name is not valid, is taken by a field or is already an annotation
     * @throws dev.covet.orm.exception.NotSupportedError if the query is a combination
     */
    public void addAnnotation(String alias, Expression expression) {
        checkNotCombined("annotate");
        paths.checkAnnotationName(alias);
        Expression resolved = expression.resolve(this);
        annotations.put(alias, resolved);
        if (values != null && resolved.containsAggregate()) {
            groupByValues = true;
        }
        if (values != null) {
            values.put(alias, resolved);
        }
    }

    /**
     * Replaces the ordering (Django's {@code order_by()}); the model's default no longer applies.
     *
     * @param terms field paths ({@code "-publishedAt"}, {@code "?"}), {@link OrderBy}s or expressions; empty for none
     * @throws IllegalStateException if the query is sliced
     * @throws FieldError if a term is none of these, or a path names no field
     */
    public void setOrdering(List<?> terms) {
        checkNotSliced("reorder");
        orderBy = List.copyOf(paths.ordering(terms));
        defaultOrdering = false;
        reversed = false;
    }

    /**
     * Is this every row of its model as {@code Manager.all()} gives them: no condition, annotation,
     * ordering, slice, projection, deferral, related selection, lock, timeout or set operation?
     *
     * @return true for an unchanged query
     */
    public boolean isPlain() {
        return where.isEmpty() && having.isEmpty() && annotations.isEmpty() && orderBy.isEmpty() && !reversed
                && offset == 0 && limit == null && !distinct && distinctFields.isEmpty() && values == null
                && deferred.isEmpty() && only == null && selectRelated == null && lock == null && timeout == null
                && hidden.isEmpty() && combination == null && paths.tables().size() == 1;
    }

    /** Removes all ordering, the model's default too. */
    public void clearOrdering() {
        orderBy = List.of();
        defaultOrdering = false;
        reversed = false;
    }

    /** Reverses the ordering in force (Django's {@code reverse()}); twice restores it. */
    public void reverseOrdering() {
        reversed = !reversed;
    }

    /**
     * Takes rows {@code from} (inclusive) to {@code to} (exclusive, null for no end) of what this query returns;
     * a slice of a slice stays within the first.
     *
     * @param from the first row, from 0
     * @param to   the row after the last, or null for no end
     * @throws IllegalArgumentException if either bound is negative
     */
    public void slice(long from, Long to) {
        if (from < 0 || (to != null && to < 0)) {
            throw new IllegalArgumentException("Negative indexing is not supported.");
        }
        long start = offset + from;
        Long count = to == null ? null : Math.max(0, to - from);
        if (limit != null) {
            long remaining = Math.max(0, limit - from);
            count = count == null ? remaining : Math.min(count, remaining);
        }
        offset = start;
        limit = count;
    }

    /**
     * Returns at most {@code n} rows.
     *
     * @param n the limit, 0 or more
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public void setLimit(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("Negative limit is not supported.");
        }
        limit = n;
    }

    /**
     * Skips the first {@code n} rows.
     *
     * @param n the offset, 0 or more
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public void setOffset(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("Negative offset is not supported.");
        }
        offset = n;
    }

    /** Removes the offset and the limit. */
    public void clearLimits() {
        offset = 0;
        limit = null;
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
            exprs.add(resolvePath(f));
        }
        distinctFields = List.copyOf(exprs);
    }

    /**
     * Selects named values instead of model instances (Django's {@code values()}); on a combination every
     * part selects them.
     *
     * @param names field paths or annotation names; empty for every column and selected annotation
     * @throws FieldError if a name repeats or names no field
     */
    public void setValues(List<String> names) {
        if (combination != null) {
            // values() chooses the columns of every part
            List<Query> parts = new ArrayList<>();
            for (Query part : combination.parts()) {
                Query p = part.copy();
                p.setValues(names);
                parts.add(p);
            }
            combination = new Combination(combination.kind(), combination.all(), parts);
        }
        values = paths.selection(names, hidden);
        groupByValues = false;
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
            next.add(paths.localField(n).name());
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
            next.add(paths.localField(n).name());
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
            selectRelated = SelectRelated.allNonNull(model);
            return;
        }
        SelectRelated tree = selectRelated == null ? SelectRelated.EMPTY : selectRelated;
        for (String path : paths) {
            tree = tree.with(model, PathWalker.split(path));
        }
        selectRelated = tree;
    }

    /** Follows no relation any more (Django's {@code select_related(None)}). */
    public void clearSelectRelated() {
        selectRelated = null;
    }

    /**
     * Locks the rows read (Django's {@code select_for_update()}).
     *
     * @param lock the options, or null for no lock
     * @throws dev.covet.orm.exception.NotSupportedError if the query is a combination
     */
    public void setLock(Lock lock) {
        checkNotCombined("selectForUpdate");
        this.lock = lock;
    }

    /** {@return the longest each statement of this query may run, or null for the database's own limit} */
    public java.time.Duration timeout() {
        return timeout;
    }

    /**
     * Sets the longest each statement of this query may run.
     *
     * @param timeout the limit, or null for the database's own
     */
    public void setTimeout(java.time.Duration timeout) {
        this.timeout = timeout;
    }

    /**
     * As a subquery for {@code in}: one column (the primary key unless {@code values()} chose one), no
     * ordering unless it decides which rows there are (a slice, or DISTINCT ON's row per group), as
     * Django's {@code clear_ordering(force=False)} keeps it.
     *
     * @return a copy selecting one column
     * @throws FieldError if {@code values()} chose more than one column
     */
    public Query asSubquery() {
        Query q = copy();
        if (q.values == null) {
            q.values = new LinkedHashMap<>();
            // named as its column, so that it needs no alias ("U0"."id", as Django writes it)
            q.values.put(model.pk().column(), new Col(0, model.pk()));
        } else if (q.values.size() != 1) {
            throw new FieldError("A subquery must select exactly one column; this one selects " + q.values.keySet());
        }
        if (!q.isSliced() && q.distinctFields.isEmpty()) {
            q.clearOrdering();
        }
        q.selectRelated = null;
        return q;
    }

    /**
     * Keeps only rows whose {@code column} equals one of {@code keys} (of the column's storage).
     *
     * @param column a column of this query
     * @param keys   canonical values; none matches no row
     */
    public void addIn(Col column, java.util.Collection<?> keys) {
        if (keys.isEmpty()) {
            where = where.and(MatchNothing.INSTANCE);
            return;
        }
        List<Expression> values = new ArrayList<>(keys.size());
        for (Object k : keys) {
            values.add(new Value(k, column.field().storage()));
        }
        where = where.and(keys.size() == 1 ? new Lookup(LookupType.EXACT, column, values.getFirst())
                : new Lookup(LookupType.IN, column, new ValueList(values)));
    }

    // ---------------------------------------------------------------- resolution (through the PathResolver)

    @Override
    public Expression resolvePath(String path) {
        return paths.resolvePath(path);
    }

    /**
     * The column of {@code field} for the rows of table {@code table}: in that table, or, for a field a
     * multi-table child inherits, in its parent's table, joined through the parent link (once, reused).
     *
     * @param table the index of the table whose rows are meant
     * @param field a field of that table's model, or of one of its parents
     * @return the column
     */
    public Col colFor(int table, FieldInfo field) {
        return paths.colFor(table, field);
    }

    /**
     * The junction column of many-to-many {@code m2m} that holds the key of the owner's side, joining the
     * junction to this query's model: for {@code ownerIsSource} this query is over the relation's target
     * and the column holds source keys; otherwise the reverse.
     *
     * @param m2m           the many-to-many field
     * @param ownerIsSource is the owner on the declaring side (this query over the target)?
     * @return the junction's column, joined into this query
     */
    public Col junctionColumn(FieldInfo m2m, boolean ownerIsSource) {
        return paths.junctionColumn(m2m, ownerIsSource);
    }

    /**
     * Adds the join {@code select_related} needs for one relation; meant for a private copy.
     *
     * @param start      the index of the table the relation starts from
     * @param foreignKey the forward relation followed
     * @return the index of the joined table
     */
    public int joinForSelectRelated(int start, FieldInfo foreignKey) {
        return paths.joinForSelectRelated(start, foreignKey);
    }

    /** The resolver of this query's names, which owns its tables. */
    PathResolver paths() {
        return paths;
    }

    /** The annotations by name, as held (the resolver reads them without a read-only view). */
    Map<String, Expression> annotationsByName() {
        return annotations;
    }

    /** The {@code values()} expressions by name as held, or null. */
    Map<String, Expression> valuesByName() {
        return values;
    }

    private void checkNotSliced(String what) {
        if (isSliced()) {
            throw new IllegalStateException("Cannot " + what + " a query once a slice has been taken.");
        }
    }

    static boolean containsAggregate(WhereItem item) {
        return switch (item) {
            case Lookup l -> l.lhs().containsAggregate() || l.rhs().containsAggregate();
            case WhereNode n -> n.children().stream().anyMatch(Query::containsAggregate);
            case MatchNothing m -> false;
            case Condition c -> c.expression().containsAggregate();
        };
    }

    /**
     * A copy whose expressions are resolved again through {@code resolver}: a subquery binds its
     * {@link OuterRef}s to the query it joins this way; every other node is already resolved.
     */
    Query resolveOuterRefs(Expression.Resolver resolver) {
        Query q = copy();
        q.where = (WhereNode) PathResolver.rebind(where, resolver);
        q.having = (WhereNode) PathResolver.rebind(having, resolver);
        q.annotations.replaceAll((name, e) -> e.resolve(resolver));
        if (q.values != null) {
            q.values.replaceAll((name, e) -> e.resolve(resolver));
        }
        List<OrderBy> ordering = new ArrayList<>();
        for (OrderBy o : orderBy) {
            ordering.add(o.isRandom() ? o : new OrderBy(o.expression().resolve(resolver), o.descending(), o.nulls()));
        }
        q.orderBy = List.copyOf(ordering);
        return q;
    }

    /**
     * {@code SELECT ... FOR UPDATE} options.
     *
     * @param nowait fail at once when a row is locked ({@code NOWAIT})?
     * @param skipLocked leave out rows locked by others ({@code SKIP LOCKED})?
     * @param shared a share lock ({@code FOR SHARE}) instead, as a race-safe re-read takes
     * @param noKey PostgreSQL's {@code FOR NO KEY UPDATE}: rows stay free for foreign keys that point at them
     * @param of the tables to lock, by relation path ({@code "self"} is the queried model; others are
     *           {@code selectRelated} paths), empty for every table the query reads
     */
    public record Lock(boolean nowait, boolean skipLocked, boolean noKey, boolean shared, List<String> of) {
        /** Copies the tables. */
        public Lock {
            of = List.copyOf(of);
        }

        /**
         * Options that lock every table the query reads.
         *
         * @param nowait     fail at once when a row is locked ({@code NOWAIT})?
         * @param skipLocked leave out rows locked by others ({@code SKIP LOCKED})?
         * @param noKey      PostgreSQL's {@code FOR NO KEY UPDATE}?
         * @param shared     a share lock ({@code FOR SHARE})?
         */
        public Lock(boolean nowait, boolean skipLocked, boolean noKey, boolean shared) {
            this(nowait, skipLocked, noKey, shared, List.of());
        }

        /**
         * A plain {@code FOR UPDATE} of every table the query reads.
         *
         * @param nowait     fail at once when a row is locked ({@code NOWAIT})?
         * @param skipLocked leave out rows locked by others ({@code SKIP LOCKED})?
         */
        public Lock(boolean nowait, boolean skipLocked) {
            this(nowait, skipLocked, false, false);
        }
    }
}
