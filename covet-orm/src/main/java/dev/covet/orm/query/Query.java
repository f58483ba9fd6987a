package dev.covet.orm.query;

import dev.covet.orm.meta.Where;
import dev.covet.orm.exception.FieldError;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.ModelInfo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The AST of one SELECT over a model: its tables (joins), WHERE and HAVING trees, annotations,
 * ordering, slice, selected columns and locking. A {@code QuerySet} holds one and never changes
 * it: every chained call works on a {@link #copy()}. Not thread-safe while being built. The ordering and
 * slice live in {@code QueryRows}, the selected columns in {@code QueryColumns}; this class holds the
 * tree they complete: the model's tables, the conditions, the annotations and the set operation.
 */
public final class Query extends QueryColumns implements Expression.Resolver {
    private final ModelInfo<?> model;
    /** Resolves the names this query is given against its model, making its joins; owns its tables. */
    private final PathResolver paths;
    private WhereNode where = WhereNode.EMPTY;
    private WhereNode having = WhereNode.EMPTY;
    private LinkedHashMap<String, Expression> annotations = new LinkedHashMap<>();
    private Lock lock;
    private java.time.Duration timeout;
    /** The set operation this query is the result of, or null. */
    private Combination combination;

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
        super(original);
        this.model = original.model;
        this.paths = original.paths.copyFor(this);
        this.where = original.where;
        this.having = original.having;
        this.annotations = new LinkedHashMap<>(original.annotations);
        this.lock = original.lock;
        this.timeout = original.timeout;
        this.combination = original.combination;
    }

    /** {@return a copy whose changes do not touch this query} */
    public Query copy() {
        return new Query(this);
    }

    // ---------------------------------------------------------------- reading (for the compiler)

    /** {@return the queried model} */
    @Override
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

    /** {@return whether the query has a GROUP BY (an aggregate annotation or a HAVING)} */
    @Override
    public boolean isGrouped() {
        return hasAggregateAnnotation() || !having.isEmpty();
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

    /** {@return the {@code FOR UPDATE} options, or null for no lock} */
    public Lock lock() {
        return lock;
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
        Combination combination = Combination.of(kind, all, parts);
        Query q = parts.getFirst().copy();
        q.clearOrdering();
        q.combination = combination;
        return q;
    }

    /** {@return the set operation this query is the result of, or null} */
    public Combination combination() {
        return combination;
    }

    @Override
    void checkNotCombined(String what) {
        if (combination != null) {
            throw combination.unsupported(what);
        }
    }

    /**
     * Adds a named value for filters and ordering that the query does not select (Django's {@code alias()}).
     *
     * @param alias      the name, letters, digits and underscores
     * @param expression the value, resolved against this query
     * @throws FieldError if the name is not valid, is taken by a field or is already an annotation
     */
    public void addAlias(String alias, Expression expression) {
        addAnnotation(alias, expression);
        hide(alias);
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
        selectAnnotation(alias, resolved);
    }

    /**
     * Is this every row of its model as {@code Manager.all()} gives them: no condition, annotation,
     * ordering, slice, projection, deferral, related selection, lock, timeout or set operation?
     *
     * @return true for an unchanged query
     */
    public boolean isPlain() {
        return where.isEmpty() && having.isEmpty() && annotations.isEmpty() && rowsAsGiven() && columnsAsGiven()
                && lock == null && timeout == null && combination == null && paths.tables().size() == 1;
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
            combination = combination.selecting(names);
        }
        selectNames(names);
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
        q.selectOneColumn();
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
    @Override
    PathResolver paths() {
        return paths;
    }

    /** The annotations by name, as held (the resolver reads them without a read-only view). */
    Map<String, Expression> annotationsByName() {
        return annotations;
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
        q.rebindValues(resolver);
        q.rebindOrdering(resolver);
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
