package dev.covet.test;

import dev.covet.orm.Covet;
import dev.covet.orm.db.QueryEvent;
import dev.covet.orm.db.QueryListener;
import dev.covet.orm.relation.LazyLoad;
import dev.covet.orm.relation.LazyLoads;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The statements one test method runs, grouped by shape, with the lazy load behind each: what
 * {@link MaxQueries} and the N+1 check judge. A lazy load is reported just before its query on the
 * same thread, so it is paired with the next statement that thread runs. Thread-safe.
 */
final class QueryWatch implements AutoCloseable {
    /** A parameter list, {@code (?, ?, ?)}: as many placeholders as values, one shape whatever the count. */
    private static final Pattern PLACEHOLDER_LIST = Pattern.compile("\\(\\s*\\?(?:\\s*,\\s*\\?)*\\s*\\)");

    private final List<String> statements = new ArrayList<>();
    private final Map<String, Shape> shapes = new LinkedHashMap<>();
    private final ThreadLocal<LazyLoad> pending = new ThreadLocal<>();
    private final QueryListener queryListener = this::onQuery;
    private final Consumer<LazyLoad> lazyListener = pending::set;

    private static final class Shape {
        final String sql;
        int count;
        final Map<LazyLoad, Integer> causes = new LinkedHashMap<>();

        Shape(String sql) {
            this.sql = sql;
        }
    }

    private QueryWatch() {
        LazyLoads.add(lazyListener);
        Covet.addQueryListener(queryListener);
    }

    static QueryWatch start() {
        return new QueryWatch();
    }

    private void onQuery(QueryEvent event) {
        LazyLoad cause = pending.get();
        pending.remove();
        synchronized (this) {
            statements.add(event.sql());
            if (!isSelect(event.sql())) {
                return;
            }
            Shape shape = shapes.computeIfAbsent(PLACEHOLDER_LIST.matcher(event.sql()).replaceAll("(?...)"), Shape::new);
            shape.count++;
            if (cause != null) {
                shape.causes.merge(cause, 1, Integer::sum);
            }
        }
    }

    private static boolean isSelect(String sql) {
        String head = sql.stripLeading();
        head = head.substring(0, Math.min(6, head.length())).toUpperCase(Locale.ROOT);
        return head.startsWith("SELECT") || head.startsWith("WITH");
    }

    /** The statements run so far, in order. */
    synchronized List<String> statements() {
        return List.copyOf(statements);
    }

    /** Why the test fails {@code @MaxQueries(limit)}, if it does. */
    synchronized Optional<String> overLimit(int limit) {
        if (statements.size() <= limit) {
            return Optional.empty();
        }
        StringBuilder m = new StringBuilder().append(statements.size()).append(" statements ran, @MaxQueries allows ").append(limit).append(':');
        for (int i = 0; i < statements.size(); i++) {
            m.append("\n  ").append(i + 1).append(". ").append(statements.get(i));
        }
        return Optional.of(m.toString());
    }

    /** Why the test fails as an N+1 loop (a SELECT shape run more than {@code limit} times), if it does. */
    synchronized Optional<String> repeated(int limit) {
        Shape worst = null;
        for (Shape s : shapes.values()) {
            if (s.count > limit && (worst == null || s.count > worst.count)) {
                worst = s;
            }
        }
        if (worst == null) {
            return Optional.empty();
        }
        StringBuilder m = new StringBuilder("N+1 queries: the same SELECT ran ").append(worst.count)
                .append(" times in this test (the limit is ").append(limit).append(")");
        if (worst.causes.isEmpty()) {
            m.append("; load the rows in one query (a filter on \"__in\", inBulk, selectRelated or prefetchRelated).");
        } else {
            List<LazyLoad> causes = worst.causes.entrySet().stream()
                    .sorted(Map.Entry.<LazyLoad, Integer>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
            LazyLoad main = causes.getFirst();
            m.append(", each time to load the relation ").append(main).append(" of one ").append(main.model().getSimpleName())
                    .append(" lazily; load it together with the ").append(main.model().getSimpleName())
                    .append(" objects: add ").append(main.remedy()).append(" to the query that loads them.");
            if (causes.size() > 1) {
                m.append(" (Also: ").append(String.join(", ", causes.subList(1, causes.size()).stream().map(LazyLoad::toString).toList())).append(".)");
            }
        }
        m.append("\n  ").append(worst.sql);
        return Optional.of(m.toString());
    }

    @Override
    public void close() {
        Covet.removeQueryListener(queryListener);
        LazyLoads.remove(lazyListener);
        pending.remove();
    }
}
