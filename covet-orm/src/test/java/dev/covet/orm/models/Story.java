package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.TextField;
import dev.covet.orm.meta.Index;
import dev.covet.orm.meta.Meta;

/** A text with two full-text search indexes: on title and body together, and on the body alone. */
@Meta(indexes = {@Index(fields = {"title", "body"}, search = true), @Index(fields = "body", search = true, name = "story_body_search")})
public class Story extends Model {
    public static final Manager<Story> objects = Manager.of(Story.class);

    @CharField(maxLength = 200) public String title;
    @TextField(nullable = true) public String body;

    public Story() {
    }

    public Story(String title, String body) {
        this.title = title;
        this.body = body;
    }
}
