package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.ForeignKey;
import dev.covet.orm.field.IntegerField;
import dev.covet.orm.field.OnDelete;
import dev.covet.orm.relation.Ref;

/** Rows that PROTECT, SET_NULL, SET_DEFAULT, SET and DO_NOTHING their publisher. */
public class Protector extends Model {
    public static final Manager<Protector> objects = Manager.of(Protector.class);

    /** The key SET_DEFAULT falls back to; tests set it. */
    public static volatile Long defaultPublisher;

    @IntegerField public int n;
    @ForeignKey(onDelete = OnDelete.PROTECT, nullable = true, relatedName = "protectors") public Ref<Publisher> guarded;
    @ForeignKey(onDelete = OnDelete.SET_NULL, nullable = true, relatedName = "nulled") public Ref<Publisher> nulled;
    @ForeignKey(onDelete = OnDelete.SET_DEFAULT, nullable = true, relatedName = "defaulted") public Ref<Publisher> defaulted;
    @ForeignKey(onDelete = OnDelete.SET, setTo = Fallback.class, nullable = true, relatedName = "fallen") public Ref<Publisher> fallen;
    @ForeignKey(onDelete = OnDelete.DO_NOTHING, dbConstraint = false, nullable = true, relatedName = "ignored") public Ref<Publisher> ignored;

    public Protector() {
        defaulted.setId(defaultPublisher);
    }

    /** SET(...): the publisher named "fallback". */
    public static final class Fallback implements java.util.function.Supplier<Object> {
        @Override
        public Object get() {
            return Publisher.objects.getOrCreate(java.util.Map.of("name", "fallback"), java.util.Map.of()).object();
        }
    }
}
