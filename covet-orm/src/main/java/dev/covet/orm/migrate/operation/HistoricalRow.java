package dev.covet.orm.migrate.operation;

import dev.covet.orm.Model;
import dev.covet.orm.meta.DynamicModel;
import dev.covet.orm.meta.ModelInfo;

import java.util.HashMap;
import java.util.Map;

/**
 * A row of a historical model: its fields by name ({@link #get(String)}, {@link #set(String, Object)}),
 * with {@code save()}, {@code delete()} and {@code refreshFromDb()} as any model has. A foreign key is
 * its raw value, named {@code <field>Id}. Not thread-safe.
 */
public final class HistoricalRow extends Model implements DynamicModel {
    private final transient ModelInfo<HistoricalRow> info;
    private final Map<String, Object> values = new HashMap<>();

    /**
     * A new, unsaved row of the model {@code info} describes.
     *
     * @param info the historical model's metadata
     */
    public HistoricalRow(ModelInfo<HistoricalRow> info) {
        this.info = info;
    }

    /**
     * Sets field {@code name} (the value is converted to the field's type when saved).
     *
     * @param name the field's name ({@code <field>Id} for a foreign key)
     * @param value the new value
     * @return this row
     */
    public HistoricalRow set(String name, Object value) {
        info.field(name).setValue(this, value);
        return this;
    }

    @Override
    public ModelInfo<?> dynamicInfo() {
        return info;
    }

    @Override
    public Object dynamicGet(String field) {
        return values.get(field);
    }

    @Override
    public void dynamicSet(String field, Object value) {
        values.put(field, value);
    }

    @Override
    public String toString() {
        return info.name() + values;
    }
}
