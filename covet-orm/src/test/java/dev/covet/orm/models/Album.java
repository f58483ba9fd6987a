package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.ForeignKey;
import dev.covet.orm.field.OnDelete;
import dev.covet.orm.relation.Ref;

public class Album extends Model {
    public static final Manager<Album> objects = Manager.of(Album.class);

    @CharField(maxLength = 50) public String name;
    @ForeignKey(onDelete = OnDelete.CASCADE) public Ref<Artist> artist;
}
