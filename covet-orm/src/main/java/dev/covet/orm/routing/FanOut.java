package dev.covet.orm.routing;

import dev.covet.orm.Model;
import dev.covet.orm.QuerySet;
import dev.covet.orm.exception.RoutingError;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.query.Col;
import dev.covet.orm.query.OrderBy;
import dev.covet.orm.query.Query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One read run on every shard, its rows merged as one database would return them: ordered by the
 * query's ordering (plain fields of the model, compared by their values' natural order, nulls as the
 * smallest value unless an ordering says {@code nullsFirst()} / {@code nullsLast()}), then sliced. Each shard returns at most
 * {@code offset + limit} rows, so a page deep in the results costs that many per shard.
 *
 * @param <T> the model read
 */
public final class FanOut<T extends Model> {
    private final QuerySet<T> qs;
    private final List<String> shards;

    FanOut(QuerySet<T> qs, List<String> shards) {
        this.qs = qs;
        this.shards = shards;
    }

    /**
     * The rows of every shard, ordered and sliced as the QuerySet asks.
     *
     * @return the merged rows
     */
    public List<T> list() {
        Query q = qs.query();
        long offset = q.offset();
        Long limit = q.limit();
        Comparator<T> order = comparator(q.effectiveOrdering());
        List<T> all = new ArrayList<>();
        for (String shard : shards) {
            all.addAll(qs.alter(x -> {
                x.clearLimits();
                if (limit != null) {
                    x.setLimit(offset + limit);
                }
            }).using(shard).list());
        }
        if (order != null) {
            all.sort(order);
        }
        int from = (int) Math.min(offset, all.size());
        int to = limit == null ? all.size() : (int) Math.min(all.size(), offset + limit);
        return new ArrayList<>(all.subList(from, to));
    }

    /**
     * The number of rows over every shard (of the slice, when the QuerySet is sliced).
     *
     * @return the total count
     */
    public long count() {
        Query q = qs.query();
        long total = 0;
        for (String shard : shards) {
            total += qs.alter(Query::clearLimits).using(shard).count();
        }
        long rest = Math.max(0, total - q.offset());
        return q.limit() == null ? rest : Math.min(rest, q.limit());
    }

    /**
     * Does any shard hold a row?
     *
     * @return true if some shard holds a matching row
     */
    public boolean exists() {
        for (String shard : shards) {
            if (qs.using(shard).exists()) {
                return true;
            }
        }
        return false;
    }

    private Comparator<T> comparator(List<OrderBy> ordering) {
        Comparator<T> out = null;
        for (OrderBy o : ordering) {
            if (o.isRandom() || !(o.expression() instanceof Col col) || col.field() == null || col.table() != 0) {
                throw new RoutingError("A fan-out read merges the shards' rows by plain fields of "
                        + qs.query().model().name() + "; order by field names (not expressions, random or related fields)");
            }
            FieldInfo f = col.field();
            boolean nullsLast = o.nulls() == OrderBy.Nulls.LAST || (o.nulls() == null && o.descending());
            Comparator<Object> values = (a, b) -> compare(a, b);
            Comparator<Object> byValue = o.descending() ? values.reversed() : values;
            Comparator<Object> withNulls = nullsLast ? Comparator.nullsLast(byValue) : Comparator.nullsFirst(byValue);
            Comparator<T> term = (a, b) -> withNulls.compare(f.dbValue(a), f.dbValue(b));
            out = out == null ? term : out.thenComparing(term);
        }
        return out;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y && !(a instanceof java.math.BigDecimal) && !(b instanceof java.math.BigDecimal)
                && !(a instanceof Double || a instanceof Float) && !(b instanceof Double || b instanceof Float)) {
            return Long.compare(x.longValue(), y.longValue());
        }
        if (a instanceof Number x && b instanceof Number y) {
            return new java.math.BigDecimal(x.toString()).compareTo(new java.math.BigDecimal(y.toString()));
        }
        return ((Comparable) a).compareTo(b);
    }
}
