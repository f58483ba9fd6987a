package dev.covet.cli.library;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.ManyToManyField;
import dev.covet.orm.field.TextField;
import dev.covet.orm.relation.ManyToMany;

/** A model with an automatic many-to-many, whose junction table inspectdb reads back as the field. */
public class Article extends Model {
    public static final Manager<Article> objects = Manager.of(Article.class);

    @TextField public String title;
    @ManyToManyField public ManyToMany<Label> labels;
}
