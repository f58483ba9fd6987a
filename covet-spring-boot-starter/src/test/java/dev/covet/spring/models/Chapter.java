package dev.covet.spring.models;

import dev.covet.orm.Manager;

public class Chapter extends Titled {
    public static final Manager<Chapter> objects = Manager.of(Chapter.class);
}
