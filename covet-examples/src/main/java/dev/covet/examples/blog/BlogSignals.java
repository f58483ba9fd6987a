package dev.covet.examples.blog;

import dev.covet.orm.Covet;
import dev.covet.orm.signal.SaveEvent;
import dev.covet.orm.signal.Signal;
import dev.covet.orm.signal.Signals;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static dev.covet.examples.blog.BlogDemo.say;
import static dev.covet.examples.blog.BlogDemo.step;

/**
 * The blog's signal receivers, the specification's {@code @receiver(post_save, sender=Post)}:
 * <ul>
 * <li>{@code pre_save} on {@link Post} gives a post without a slug one made from its title;</li>
 * <li>{@code post_save} on {@link Post} tells the author's followers about a new published post,
 * once the transaction that saved it commits ({@link Covet#onCommit}): a post rolled back is never
 * announced.</li>
 * </ul>
 */
final class BlogSignals {
    private static final List<Signal.Connection> CONNECTIONS = new ArrayList<>();

    private BlogSignals() {
    }

    static void connect() {
        step("Connect signal receivers: pre_save fills a missing slug, post_save announces new posts");
        CONNECTIONS.add(Signals.PRE_SAVE.connect(Post.class, BlogSignals::fillSlug));
        CONNECTIONS.add(Signals.POST_SAVE.connect(Post.class, BlogSignals::announce));
        say("connected " + CONNECTIONS.size() + " receivers for Post");
    }

    static void disconnect() {
        CONNECTIONS.forEach(Signal.Connection::disconnect);
        CONNECTIONS.clear();
    }

    private static void fillSlug(SaveEvent e) {
        Post post = (Post) e.instance();
        if (post.slug == null && post.title != null) {
            post.slug = slugify(post.title);
        }
    }

    private static void announce(SaveEvent e) {
        Post post = (Post) e.instance();
        if (e.created() && post.published) {
            // post_save runs inside the save's transaction: wait for the commit before telling anyone
            String author = post.author.get().username;
            Covet.onCommit(() -> say("[post_save] to " + author + "'s followers: new post \"" + post.title + "\""));
        }
    }

    /** "Covet ORM Guide" becomes "covet-orm-guide". */
    static String slugify(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
