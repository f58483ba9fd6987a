package dev.covet.orm.routing;

import dev.covet.orm.Config;
import dev.covet.orm.Covet;
import dev.covet.orm.DbTest;
import dev.covet.orm.SeveralDatabases;
import dev.covet.orm.TestDb;
import dev.covet.orm.db.Database;
import dev.covet.orm.db.DatabaseSettings;
import dev.covet.orm.exception.ImproperlyConfigured;
import dev.covet.orm.exception.ReadOnlyError;
import dev.covet.orm.meta.ModelRegistry;
import dev.covet.orm.models.Tag;
import dev.covet.orm.schema.SchemaEditor;
import dev.covet.orm.sql.Sql;
import dev.covet.orm.testing.CaptureQueries;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The primary/replica router on throwaway databases of each kind standing in for replicas (each holds
 * a row of its own, so a read shows where it went); the real standby is in {@link StandbyTest}.
 */
class ReplicaRouterTest {
    private static SeveralDatabases open(TestDb kind, ReplicaRouter router) {
        return SeveralDatabases.open(kind, List.of("default", "r1", "r2"), urls -> {
            ModelRegistry.register(List.of(Tag.class));
            for (String alias : List.of("default", "r1", "r2")) {
                try (Database db = Database.open("prepare", DatabaseSettings.builder(urls.get(alias)).maxPoolSize(1).build())) {
                    new SchemaEditor(db).createTables(List.of(ModelRegistry.info(Tag.class)));
                    if (!alias.equals("default")) {
                        db.update(Sql.of("INSERT INTO tag (name) VALUES ('on " + alias + "')"));
                    }
                }
            }
            return Config.builder()
                    .database("default", urls.get("default"), s -> s.maxPoolSize(3))
                    .database("r1", urls.get("r1"), s -> s.maxPoolSize(3).readOnly(true))
                    .database("r2", urls.get("r2") + (urls.get("r2").contains("?") ? "&" : "?") + "readOnly=true", s -> s.maxPoolSize(3))
                    .routers(router)
                    .models(Tag.class)
                    .build();
        });
    }

    private static List<String> names() {
        return Tag.objects.all().valuesList(String.class, "name").list();
    }

    @DbTest
    void readsTakeTheReplicasInTurnAndWritesAndTransactionsThePrimary(TestDb kind) {
        ReplicaRouter router = ReplicaRouter.primary("default").replicas("r1", "r2");
        try (SeveralDatabases ignored = open(kind, router)) {
            try (CaptureQueries q = CaptureQueries.start()) {
                List<String> seen = List.of(names().getFirst(), names().getFirst(), names().getFirst(), names().getFirst());
                assertThat(seen).containsExactlyInAnyOrder("on r1", "on r2", "on r1", "on r2");
                assertThat(seen.get(0)).isNotEqualTo(seen.get(1));
                assertThat(q.queries()).extracting(e -> e.database()).doesNotContain("default");
            }
            Tag made = Tag.objects.create(Map.of("name", "on primary"));
            assertThat(dev.covet.orm.meta.Instances.database(made)).isEqualTo("default");
            assertThat(Tag.objects.using("default").valuesList(String.class, "name").list()).containsExactly("on primary");
            assertThat(Covet.atomic(ReplicaRouterTest::names)).containsExactly("on primary");
            assertThat(Covet.atomic(() -> Tag.objects.get("name", "on primary").name)).isEqualTo("on primary");

            // an instance read from a replica is saved to the primary
            Tag fromReplica = Tag.objects.all().first().orElseThrow();
            assertThat(dev.covet.orm.meta.Instances.database(fromReplica)).isIn("r1", "r2");
            fromReplica.name = "renamed";
            fromReplica.save();
            assertThat(dev.covet.orm.meta.Instances.database(fromReplica)).isEqualTo("default");
            assertThat(Tag.objects.using("default").valuesList(String.class, "name").list()).containsExactly("renamed");
            assertThat(router.allowMigrate("r1", "models", "Tag")).isFalse();
            assertThat(router.allowMigrate("default", "models", "Tag")).isNull();
        }
    }

    @DbTest
    void aWriteSentToAReplicaFailsNamingIt(TestDb kind) {
        try (SeveralDatabases ignored = open(kind, ReplicaRouter.primary("default").replicas("r1", "r2"))) {
            assertThatThrownBy(() -> Tag.objects.using("r1").create(Map.of("name", "astray")))
                    .isInstanceOf(ReadOnlyError.class)
                    .hasMessageContaining("Database 'r1' only reads");
            assertThatThrownBy(() -> Tag.objects.using("r2").all().update(Map.of("name", "astray")))
                    .isInstanceOf(ReadOnlyError.class)
                    .hasMessageContaining("'r2'");
            assertThat(Tag.objects.using("r1").valuesList(String.class, "name").list()).containsExactly("on r1");
            assertThat(Covet.replicaLag("r1")).as("not a replica the database knows of").isEmpty();
            assertThat(Covet.replicaLag("default")).isEmpty();
        }
    }

    @DbTest
    void readYourWritesSendsAThreadsReadsToThePrimaryForAWhile(TestDb kind) throws Exception {
        ReplicaRouter router = ReplicaRouter.primary("default").replicas("r1").readYourWrites(Duration.ofMillis(400));
        try (SeveralDatabases ignored = open(kind, router)) {
            assertThat(names()).containsExactly("on r1");
            Tag.objects.create(Map.of("name", "mine"));
            assertThat(names()).containsExactly("mine");
            List<List<String>> elsewhere = new java.util.ArrayList<>();
            Thread other = Thread.ofPlatform().start(Covet.runtime().wrap(() -> elsewhere.add(names())));
            other.join();
            assertThat(elsewhere).as("another thread's reads").containsExactly(List.of("on r1"));
            Thread.sleep(500);
            assertThat(names()).containsExactly("on r1");
        }
    }

    @DbTest
    void anUnreachableReplicaIsLeftOutThenTriedAgain(TestDb kind) throws Exception {
        ReplicaRouter router = ReplicaRouter.primary("default").replicas("r1", "r2").retryAfter(Duration.ofSeconds(2));
        try (SeveralDatabases ignored = open(kind, router)) {
            assertThat(router.unreachable("r1")).isTrue();
            assertThat(router.unreachable("default")).as("not a replica").isFalse();
            assertThat(router.isDown("r1")).isTrue();
            for (int i = 0; i < 4; i++) {
                assertThat(names()).containsExactly("on r2");
            }
            router.unreachable("r2");
            assertThat(names()).as("no replica left: the primary").isEmpty();
            Thread.sleep(2100);
            List<String> again = List.of(names().getFirst(), names().getFirst());
            assertThat(again).containsExactlyInAnyOrder("on r1", "on r2");
        }
    }

    @DbTest
    void badReplicaConfigurationIsRefused(TestDb kind) {
        assertThatThrownBy(() -> ReplicaRouter.primary("default").replicas("default")).isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("other than the primary");
        assertThatThrownBy(() -> ReplicaRouter.primary("default").replicas("r", "r")).isInstanceOf(ImproperlyConfigured.class);
        assertThatThrownBy(() -> ReplicaRouter.primary(" ")).isInstanceOf(ImproperlyConfigured.class);
        assertThatThrownBy(() -> ReplicaRouter.primary("default").readYourWrites(Duration.ofSeconds(-1))).isInstanceOf(ImproperlyConfigured.class);
        assertThatThrownBy(() -> ReplicaRouter.primary("default").retryAfter(Duration.ZERO)).isInstanceOf(ImproperlyConfigured.class);
        assertThatThrownBy(() -> DatabaseSettings.builder("sqlite:x.db?readOnly=maybe")).isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("true or false");
        try (SeveralDatabases ignored = open(kind, ReplicaRouter.primary("primary").replicas("r1"))) {
            assertThatThrownBy(() -> Tag.objects.all().list()).isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("'primary'");
        }
    }
}
