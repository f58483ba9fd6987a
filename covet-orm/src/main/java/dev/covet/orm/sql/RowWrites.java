package dev.covet.orm.sql;

import dev.covet.orm.meta.FieldInfo;
import dev.covet.orm.meta.ModelInfo;
import dev.covet.orm.query.Value;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The text of the one-row INSERT and UPDATE that {@code save()} sends, kept per statement kind, model,
 * dialect and key read back: building them joined quoted column names and placeholders on every save.
 * An entry holds the columns it was built for and serves only a call with the same columns (a save that
 * leaves a database default out, or {@code updateFields}, names others); another set replaces it.
 */
final class RowWrites {
    private static final int MAX_ENTRIES = 4096;
    private static final Map<Key, Entry> CACHE = new ConcurrentHashMap<>();

    private RowWrites() {
    }

    /** An INSERT or an UPDATE of one model's table on one dialect, reading back one key (or none). */
    record Key(boolean update, ModelInfo<?> model, Dialect dialect, FieldInfo returning) {
        // written out: a record's generated equals links a call site on first use, which pins virtual threads
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && update == k.update && model == k.model && dialect == k.dialect && returning == k.returning;
        }

        @Override
        public int hashCode() {
            return ((31 * System.identityHashCode(model) + System.identityHashCode(dialect)) * 31
                    + System.identityHashCode(returning)) * 2 + (update ? 1 : 0);
        }
    }

    /** The columns a statement's text was built for, and the text. */
    record Entry(FieldInfo[] fields, String text) {
        boolean serves(List<FieldInfo> asked) {
            if (asked.size() != fields.length) {
                return false;
            }
            for (int i = 0; i < fields.length; i++) {
                if (asked.get(i) != fields[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** {@code INSERT INTO t (columns) VALUES (?, ...)} with {@code RETURNING returning} when given. */
    static String insert(ModelInfo<?> model, List<FieldInfo> fields, FieldInfo returning, Dialect d) {
        Key key = new Key(false, model, d, returning);
        Entry e = CACHE.get(key);
        if (e == null || !e.serves(fields)) {
            // the text alone is kept: the placeholders' values are stand-ins
            String text = WriteCompiler.build(model, fields, List.of(standIns(fields)), returning, d, "").text();
            e = keep(key, new Entry(fields.toArray(FieldInfo[]::new), text));
        }
        return e.text();
    }

    /** {@code UPDATE t SET a = ?, ... WHERE key = ?}. */
    static String update(ModelInfo<?> model, List<FieldInfo> fields, Dialect d) {
        Key key = new Key(true, model, d, null);
        Entry e = CACHE.get(key);
        if (e == null || !e.serves(fields)) {
            String text = WriteCompiler.buildUpdateRow(model, fields, standIns(fields), new Value(null, model.pk().storage()), d).text();
            e = keep(key, new Entry(fields.toArray(FieldInfo[]::new), text));
        }
        return e.text();
    }

    private static List<Value> standIns(List<FieldInfo> fields) {
        List<Value> standIns = new java.util.ArrayList<>(fields.size());
        for (FieldInfo f : fields) {
            standIns.add(new Value(null, f.storage()));
        }
        return standIns;
    }

    private static Entry keep(Key key, Entry e) {
        if (CACHE.size() >= MAX_ENTRIES) {
            CACHE.clear();
        }
        CACHE.put(key, e);
        return e;
    }
}
