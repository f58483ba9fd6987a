package dev.covet.orm.models;

import dev.covet.orm.Model;

import java.util.List;

/** Every model the tests share; each test database has their tables. */
public final class TestModels {
    public static final List<Class<? extends Model>> ALL = List.of(
            Everything.class, Counter.class, User.class, Product.class, Token.class, Isbn.class,
            Measurement.class, Article.class, Legacy.class, Bounded.class,
            Publisher.class, Author.class, Book.class, Tag.class, Review.class, Profile.class, Note.class, Protector.class,
            Artist.class, Album.class, Song.class, Person.class, Group.class, Membership.class, Library.class,
            CycleA.class, CycleB.class, Account.class, Chapter.class, Post.class, Photo.class, Comment.class, Bookmark.class,
            Category.class, Folder.class,
            Human.class, Adult.class, Vehicle.class, Car.class, SportsCar.class, Motorcycle.class,
            Place.class, Restaurant.class, ItalianRestaurant.class, Waiter.class, Venue.class, Diner.class, Server.class,
            Musician.class, Band.class, Gig.class, Ticket.class,
            Story.class, dev.covet.orm.models.spec.SpecUser.class, dev.covet.orm.models.spec.SpecOrder.class,
            dev.covet.orm.models.spec.SpecBook.class, dev.covet.orm.models.archive.Tag.class,
            dev.covet.orm.models.custom.Priced.class);

    private TestModels() {
    }
}
