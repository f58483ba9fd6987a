package dev.covet.test;

/** How {@link CovetTest} undoes each test's writes. */
public enum Isolation {
    /**
     * Each test runs inside a transaction that is rolled back after it (Django's {@code TestCase}): fast,
     * but {@code onCommit} hooks never run and other threads do not see the test's rows.
     */
    ROLLBACK,

    /**
     * Each test commits for real, and every table is emptied after it (Django's
     * {@code TransactionTestCase}): for code that commits, runs {@code onCommit} hooks or works on other
     * threads.
     */
    TRUNCATE
}
