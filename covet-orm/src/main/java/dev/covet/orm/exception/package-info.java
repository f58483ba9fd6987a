/**
 * Everything Covet throws: one unchecked hierarchy under {@link dev.covet.orm.exception.CovetException},
 * shaped like Django's (and PEP 249's) so that a caller catches as broadly or as narrowly as it needs.
 *
 * <pre>
 * CovetException                      (RuntimeException)
 * ├── ImproperlyConfigured            a setting, a model declaration or a URL is wrong
 * ├── FieldError                      an unknown field or lookup; the message lists the choices
 * ├── ValidationError                 fullClean()/validators refused a value, per field
 * ├── DoesNotExist                    get() found no row
 * ├── MultipleObjectsReturned         get() found several rows
 * ├── NotSupportedError               this database cannot do what was asked
 * ├── StrictLoadingError              a lazy load on a strict QuerySet
 * ├── TransactionManagementError      a transaction used wrongly (e.g. after a failure inside atomic)
 * ├── RoutingError                    no database for a query or a relation across databases (routers)
 * └── DatabaseError                   the database refused a statement
 *     ├── IntegrityError              a constraint was violated; the transaction stays usable
 *     │   ├── UniqueViolation
 *     │   ├── ForeignKeyViolation
 *     │   ├── NotNullViolation
 *     │   ├── CheckViolation
 *     │   ├── ProtectedError          on_delete=PROTECT stopped a delete (names the protected rows)
 *     │   └── RestrictedError         on_delete=RESTRICT stopped a delete
 *     ├── DataError                   a value does not fit its column
 *     ├── ProgrammingError            SQL the database could not run (a missing table, say)
 *     └── OperationalError            the database or the connection failed
 *         ├── ConnectionLost
 *         ├── ReadOnlyError           a write reached a read-only database (a replica); names the alias
 *         ├── PoolTimeout             no connection within the pool's timeout
 *         ├── QueryCanceled           a statement timeout or a cancel
 *         ├── LockNotAvailable        NOWAIT or a lock timeout
 *         ├── DeadlockDetected        (Retriable)
 *         └── SerializationFailure    (Retriable)
 * </pre>
 *
 * {@link dev.covet.orm.exception.Retriable} marks the failures that running the same transaction again
 * may cure; {@code Covet.atomic} retries them when given a {@code RetryPolicy}.
 */
package dev.covet.orm.exception;
