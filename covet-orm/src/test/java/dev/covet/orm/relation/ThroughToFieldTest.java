package dev.covet.orm.relation;

import dev.covet.orm.DbTest;
import dev.covet.orm.QuerySet;
import dev.covet.orm.models.Band;
import dev.covet.orm.models.Gig;
import dev.covet.orm.models.Musician;
import dev.covet.orm.query.Count;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A many-to-many through a model whose foreign keys name a {@code to_field}: Django's join path runs
 * through those fields ({@code ManyToManyField} path infos follow the through model's keys), so the
 * junction holds and is joined on the band's slug and the musician's code, never their primary keys.
 */
class ThroughToFieldTest {
    private Musician ann;
    private Musician bob;
    private Musician cy;
    private Band x;
    private Band y;

    /** Keys deliberately out of step with the codes, so a join on primary keys would pair the wrong rows. */
    private void bands() {
        Musician.objects.create(Map.of("code", "zz", "name", "Decoy"));
        ann = Musician.objects.create(Map.of("code", "ann", "name", "Ann"));
        bob = Musician.objects.create(Map.of("code", "bob", "name", "Bob"));
        cy = Musician.objects.create(Map.of("code", "cy", "name", "Cy"));
        x = Band.objects.create(Map.of("slug", "x", "name", "X"));
        y = Band.objects.create(Map.of("slug", "y", "name", "Y"));
        x.members.add(List.of(ann, cy), Map.of("instrument", "drums"));
        y.members.add(bob);
    }

    private static List<String> names(QuerySet<Musician> qs) {
        return qs.orderBy("name").valuesList(String.class, "name").list();
    }

    @DbTest
    void theJunctionHoldsTheToFieldValues() {
        bands();
        assertThat(Gig.objects.orderBy("musician").valuesList("band", "musician", "instrument").list())
                .containsExactly(List.of("x", "ann", "drums"), List.of("y", "bob", ""), List.of("x", "cy", "drums"));
    }

    @DbTest
    void relatedManagersReadThroughTheToFields() {
        bands();
        assertThat(names(x.members.all())).containsExactly("Ann", "Cy");
        assertThat(x.members.count()).isEqualTo(2);
        assertThat(names(y.members.all())).containsExactly("Bob");
        assertThat(ann.<Band>related("bands").all().list()).containsExactly(x);
        x.members.remove(cy);
        assertThat(names(x.members.all())).containsExactly("Ann");
        x.members.add(ann);
        assertThat(Gig.objects.count()).isEqualTo(2);
    }

    @DbTest
    void lookupsAcrossTheRelationJoinOnTheToFields() {
        bands();
        assertThat(Band.objects.filter("members__name", "Cy").list()).containsExactly(x);
        assertThat(Band.objects.filter("members", bob).list()).containsExactly(y);
        assertThat(names(Musician.objects.filter("bands__slug", "x"))).containsExactly("Ann", "Cy");
        assertThat(names(Musician.objects.filter("bands", x))).containsExactly("Ann", "Cy");
        assertThat(names(Musician.objects.exclude("bands__slug", "x"))).containsExactly("Bob", "Decoy");
        assertThat(Band.objects.annotate("n", Count.of("members")).orderBy("slug").valuesList("slug", "n").list())
                .containsExactly(List.of("x", 2L), List.of("y", 1L));
    }

    @DbTest
    void prefetchingMatchesOwnersByTheToFields() {
        bands();
        List<Band> loaded = Band.objects.orderBy("slug").prefetchRelated("members").list();
        assertThat(loaded.getFirst().members.all().list()).extracting(m -> m.name).containsExactlyInAnyOrder("Ann", "Cy");
        assertThat(loaded.get(1).members.all().list()).extracting(m -> m.name).containsExactly("Bob");
        List<Musician> back = Musician.objects.orderBy("name").prefetchRelated("bands").list();
        assertThat(back).extracting(m -> m.<Band>related("bands").all().list().size()).containsExactly(1, 1, 1, 0);
    }
}
