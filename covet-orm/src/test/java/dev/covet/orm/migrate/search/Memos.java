package dev.covet.orm.migrate.search;

import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.TextField;
import dev.covet.orm.meta.Index;
import dev.covet.orm.meta.Meta;

import java.util.List;

/** A memo model before and after it gains a full-text search index. */
public final class Memos {
    public static final List<Class<? extends Model>> PLAIN = List.of(Plain.Memo.class);
    public static final List<Class<? extends Model>> SEARCHED = List.of(Searched.Memo.class);

    private Memos() {
    }

    public static final class Plain {
        @Meta(app = "search", table = "search_memo")
        public static class Memo extends Model {
            @CharField(maxLength = 100) public String title;
            @TextField(nullable = true) public String body;
        }
    }

    public static final class Searched {
        @Meta(app = "search", table = "search_memo", indexes = @Index(fields = {"title", "body"}, search = true, name = "memo_search"))
        public static class Memo extends Model {
            @CharField(maxLength = 100) public String title;
            @TextField(nullable = true) public String body;
        }
    }
}
