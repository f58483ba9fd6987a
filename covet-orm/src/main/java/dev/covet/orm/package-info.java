/**
 * Covet, a Django-style ORM for Java 21+: the face an application uses.
 *
 * <p>{@link dev.covet.orm.Covet} sets Covet up from a {@link dev.covet.orm.Config} and runs transactions
 * ({@code atomic}, {@code onCommit}); {@link dev.covet.orm.Model} is the base of every model and
 * {@link dev.covet.orm.Manager} its entry point ({@code Book.objects}); {@link dev.covet.orm.QuerySet} and
 * its relatives ({@code values}, {@code valuesList}, {@code values(Record.class)}) build and run queries
 * from lookups, {@link dev.covet.orm.Q} and {@link dev.covet.orm.F}. The exceptions follow Django's and
 * JDBC's: {@link dev.covet.orm.exception.DoesNotExist}, {@link dev.covet.orm.exception.IntegrityError} and its kinds,
 * {@link dev.covet.orm.exception.FieldError} for a name that does not resolve, {@link dev.covet.orm.exception.ValidationError}.
 *
 * <pre>{@code
 * import dev.covet.orm.Covet;
 * import dev.covet.orm.Config;
 *
 * Covet.setup(Config.builder().database("sqlite:app.db").models(Author.class, Book.class).build());
 * List<Book> books = Book.objects.filter("author__name", "Ann").orderBy("-published").list();
 * }</pre>
 */
package dev.covet.orm;
