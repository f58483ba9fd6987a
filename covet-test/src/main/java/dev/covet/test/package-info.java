/**
 * JUnit 5 support for tests of code that uses Covet: {@link dev.covet.test.CovetTest} runs a test
 * class once per database on a throwaway database, undoing each test's writes; {@link dev.covet.test.MaxQueries}
 * caps a test's statements, and an N+1 detector fails a test that repeats one query, naming the relation
 * to load with {@code selectRelated} or {@code prefetchRelated}.
 */
package dev.covet.test;
