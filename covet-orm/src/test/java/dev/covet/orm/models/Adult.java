package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.QuerySet;
import dev.covet.orm.meta.Meta;
import dev.covet.orm.meta.Proxy;

/** A proxy: the humans table, its own ordering, manager and methods. */
@Proxy
@Meta(ordering = "-age")
public class Adult extends Human {
    public static final Manager<Adult> objects = new Manager<>(Adult.class) {
        @Override
        protected QuerySet<Adult> getQueryset() {
            return super.getQueryset().filter("age__gte", 18);
        }
    };

    public boolean canVote() {
        return age >= 18;
    }
}
