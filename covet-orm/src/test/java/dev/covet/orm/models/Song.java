package dev.covet.orm.models;

import dev.covet.orm.Manager;
import dev.covet.orm.Model;
import dev.covet.orm.field.CharField;
import dev.covet.orm.field.ForeignKey;
import dev.covet.orm.field.OnDelete;
import dev.covet.orm.relation.Ref;

public class Song extends Model {
    public static final Manager<Song> objects = Manager.of(Song.class);

    @CharField(maxLength = 50) public String name;
    @ForeignKey(onDelete = OnDelete.CASCADE) public Ref<Artist> artist;
    @ForeignKey(onDelete = OnDelete.RESTRICT) public Ref<Album> album;
}
