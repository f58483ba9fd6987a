package dev.covet.orm.query;

import dev.covet.orm.DbTest;
import dev.covet.orm.F;
import dev.covet.orm.Fixtures;
import dev.covet.orm.QuerySet;
import dev.covet.orm.TestDb;
import dev.covet.orm.exception.FieldError;
import dev.covet.orm.field.FieldKind.Storage;
import dev.covet.orm.models.Product;
import dev.covet.orm.sql.Renderers;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A project's own lookups, transforms and expression nodes, registered without touching Covet. */
class ExtensionTest {
    /** A node of the project's own: the text upper-cased. */
    record Shout(Expression source) implements Expression {
        @Override
        public Expression resolve(Resolver query) {
            return new Shout(source.resolve(query));
        }

        @Override
        public OutputType outputType() {
            return OutputType.STRING;
        }
    }

    /** A node spelled differently on PostgreSQL. */
    record Echo(Expression source) implements Expression {
        @Override
        public Expression resolve(Resolver query) {
            return new Echo(source.resolve(query));
        }

        @Override
        public OutputType outputType() {
            return OutputType.STRING;
        }
    }

    /** A node nobody gave SQL to. */
    record Unrendered() implements Expression {
        @Override
        public Expression resolve(Resolver query) {
            return this;
        }

        @Override
        public OutputType outputType() {
            return OutputType.STRING;
        }
    }

    static {
        LookupType.register("ne", LookupType.Operand.VALUE, LookupType.ANY_STORAGE);
        Renderers.registerLookup("ne", (l, c) -> c.compile(l.lhs()).append(" <> ").append(c.compile(l.rhs())));
        Transforms.register("shout", Set.of(Storage.STRING), Shout::new);
        Renderers.register(Shout.class, (s, c) -> c.compile(s.source()).wrap("UPPER(", ")"));
        Renderers.register(Echo.class, (s, c) -> c.compile(s.source()).wrap("UPPER(", ")"));
        Renderers.register("postgresql", Echo.class, (s, c) -> c.compile(s.source()).wrap("LOWER(", ")"));
    }

    private static List<String> names(QuerySet<Product> qs) {
        return qs.orderBy("name").valuesList(String.class, "name").list();
    }

    @DbTest
    void aRegisteredLookupFilters() {
        Fixtures.products();
        assertThat(names(Product.objects.filter("quantity__ne", 5))).containsExactly("Gadget", "Gizmo 100%", "under_score", "Émile's Café");
        assertThat(names(Product.objects.exclude("name__ne", "Widget"))).containsExactly("Widget");
    }

    @DbTest
    void aRegisteredTransformChainsWithLookups() {
        Fixtures.products();
        assertThat(names(Product.objects.filter("name__shout", "WIDGET"))).containsExactly("Widget");
        assertThat(names(Product.objects.filter("name__shout__startswith", "GA"))).containsExactly("Gadget");
        assertThat(names(Product.objects.filter("name__shout__ne", "WIDGET"))).hasSize(4);
    }

    @DbTest
    void aRendererForOneDialectWinsOnThatDialectOnly(TestDb db) {
        Fixtures.products();
        QuerySet<Product> widget = Product.objects.filter("name", "Widget").annotate("e", new Echo(F.of("name")));
        assertThat(widget.toSql()).contains(db.isPostgres() ? "LOWER(" : "UPPER(");
        assertThat(widget.valuesList(String.class, "e").list()).containsExactly(db.isPostgres() ? "widget" : "WIDGET");
    }

    @DbTest
    void badRegistrationsAndUnrenderedNodesAreClearErrors() {
        assertThatThrownBy(() -> LookupType.register("exact", LookupType.Operand.VALUE, LookupType.ANY_STORAGE))
                .isInstanceOf(FieldError.class).hasMessageContaining("built-in");
        assertThatThrownBy(() -> LookupType.register("x'); DROP TABLE product; --", LookupType.Operand.VALUE, LookupType.ANY_STORAGE))
                .isInstanceOf(FieldError.class).hasMessageContaining("not valid");
        assertThatThrownBy(() -> LookupType.register("shout", LookupType.Operand.VALUE, LookupType.ANY_STORAGE))
                .isInstanceOf(FieldError.class).hasMessageContaining("already a transform");
        assertThatThrownBy(() -> Transforms.register("year", Set.of(Storage.STRING), Shout::new))
                .isInstanceOf(FieldError.class).hasMessageContaining("built in");
        assertThatThrownBy(() -> Transforms.register("a__b", Set.of(Storage.STRING), Shout::new))
                .isInstanceOf(FieldError.class).hasMessageContaining("not valid");
        assertThatThrownBy(() -> Renderers.register("Robert'); DROP", Shout.class, (s, c) -> c.compile(s.source())))
                .isInstanceOf(FieldError.class).hasMessageContaining("not a dialect name");
        assertThatThrownBy(() -> Product.objects.filter("quantity__shout", "X").count())
                .isInstanceOf(FieldError.class).hasMessageContaining("Unsupported transform 'shout'");
        assertThatThrownBy(() -> Product.objects.annotate("u", new Unrendered()).list())
                .isInstanceOf(FieldError.class).hasMessageContaining("no renderer is registered");
    }
}
