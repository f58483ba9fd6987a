/**
 * Help for tests of code that uses Covet: {@link dev.covet.orm.testing.CaptureQueries} (count and
 * inspect the statements a block issues) and {@link dev.covet.orm.testing.ThrowawayDatabase} (a database
 * per test run, dropped afterwards).
 */
package dev.covet.orm.testing;
