package dev.covet.orm.internal.query;

import dev.covet.orm.FlatValuesQuerySet;
import dev.covet.orm.QuerySet;
import dev.covet.orm.exception.FieldError;
import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.internal.QuerySets;
import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.query.Expression;
import dev.covet.orm.query.functions.Trunc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@link QuerySet#dates} and {@link QuerySet#datetimes}: the distinct values of a date or datetime
 * field truncated to a kind, NULLs left out, in order (Django's {@code dates()} / {@code datetimes()}).
 * Stateless; safe to call from any thread.
 */
public final class DateLists {
    private static final String ALIAS = "covet_truncated";
    private static final List<String> DATE_KINDS = List.of("year", "month", "week", "day");
    private static final List<String> DATETIME_KINDS = List.of("year", "month", "week", "day", "hour", "minute", "second");

    private DateLists() {
    }

    /**
     * {@link QuerySet#dates}: the distinct dates of {@code field} truncated to {@code kind}.
     *
     * @param qs the QuerySet
     * @param field a date or datetime field, or a path to one
     * @param kind year, month, week or day
     * @param order ASC or DESC
     * @return the dates, in order
     */
    public static FlatValuesQuerySet<LocalDate> dates(QuerySet<?> qs, String field, String kind, String order) {
        check("dates", kind, DATE_KINDS, order);
        checkField("dates", qs, field, false);
        Expression truncated = new Trunc(Trunc.Kind.DATE, Trunc.of(field, kind));
        return list(qs, field, truncated, order, LocalDate.class);
    }

    /**
     * {@link QuerySet#datetimes}: the distinct instants of {@code field} truncated to {@code kind}.
     *
     * @param qs the QuerySet
     * @param field a datetime field, or a path to one
     * @param kind year, month, week, day, hour, minute or second
     * @param order ASC or DESC
     * @return the instants, in order
     */
    public static FlatValuesQuerySet<Instant> datetimes(QuerySet<?> qs, String field, String kind, String order) {
        check("datetimes", kind, DATETIME_KINDS, order);
        checkField("datetimes", qs, field, true);
        return list(qs, field, Trunc.of(field, kind), order, Instant.class);
    }

    private static <V> FlatValuesQuerySet<V> list(QuerySet<?> qs, String field, Expression truncated, String order, Class<V> type) {
        return qs.annotate(ALIAS, truncated).filter(field + "__isnull", false).distinct()
                .orderBy(order.equals("DESC") ? "-" + ALIAS : ALIAS).valuesList(type, ALIAS);
    }

    private static void check(String what, String kind, List<String> kinds, String order) {
        if (kind == null || !kinds.contains(kind)) {
            throw new FieldError(what + "() kind must be one of " + String.join(", ", kinds) + ", got '" + kind + "'");
        }
        if (!"ASC".equals(order) && !"DESC".equals(order)) {
            throw new FieldError(what + "() order must be 'ASC' or 'DESC', got '" + order + "'");
        }
    }

    /** A field of the model itself must be a date (or datetime) field; a path across relations is checked as it resolves. */
    private static void checkField(String what, QuerySet<?> qs, String field, boolean datetimeOnly) {
        if (field == null || field.isEmpty()) {
            throw new FieldError(what + "() needs a field name");
        }
        if (field.contains("__")) {
            return;
        }
        FieldInfo f = QuerySets.info(qs).field(field);
        Storage s = f.storage();
        boolean fits = datetimeOnly ? s == Storage.TIMESTAMP : s == Storage.TIMESTAMP || s == Storage.DATE;
        if (!fits) {
            throw new FieldError("'" + field + "' is not a " + (datetimeOnly ? "DateTimeField" : "DateField or DateTimeField")
                    + " (" + f + ")" + (datetimeOnly && s == Storage.DATE ? "; use dates() for a DateField" : ""));
        }
    }
}
