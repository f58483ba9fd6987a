package dev.covet.orm.relation;

import dev.covet.orm.DbTest;
import dev.covet.orm.Fixtures;
import dev.covet.orm.exception.DoesNotExist;
import dev.covet.orm.models.Profile;
import dev.covet.orm.models.User;

import java.util.Map;

import static dev.covet.orm.testing.CaptureQueries.assertNumQueries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Django's one-to-one descriptors cache both sides: the reverse side once read (its absence too), and
 * the related object's reverse side when the forward key is assigned or loaded.
 */
class OneToOneCacheTest {
    @DbTest
    void theReverseSideIsCachedOnceRead() {
        User u = Fixtures.user("ann", true, false);
        Profile.objects.create(Map.of("user", u, "bio", "hi"));
        User fresh = User.objects.get("id", u.id);
        Profile p = assertNumQueries(1, () -> fresh.<Profile>get("profile"));
        assertThat(assertNumQueries(0, () -> fresh.<Profile>get("profile"))).isSameAs(p);
        // the profile read from the user knows its user
        assertThat(assertNumQueries(0, () -> p.user.get())).isSameAs(fresh);
    }

    @DbTest
    void aMissingReverseObjectIsCachedToo() {
        User v = Fixtures.user("ben", true, false);
        assertNumQueries(1, () -> assertThatThrownBy(() -> v.get("profile")).isInstanceOf(DoesNotExist.class));
        assertNumQueries(0, () -> assertThatThrownBy(() -> v.get("profile")).isInstanceOf(DoesNotExist.class));
    }

    @DbTest
    void assigningOrLoadingTheForwardKeySetsTheReverseSide() {
        User u = Fixtures.user("ann", true, false);
        Profile p = new Profile();
        p.user.set(u);
        p.bio = "x";
        p.save();
        assertThat(assertNumQueries(0, () -> u.<Profile>get("profile"))).isSameAs(p);

        Profile loaded = Profile.objects.get("id", p.id);
        User owner = assertNumQueries(1, () -> loaded.user.get());
        assertThat(assertNumQueries(0, () -> owner.<Profile>get("profile"))).isSameAs(loaded);
    }
}
