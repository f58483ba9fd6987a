/**
 * What the face's packages share and applications do not see: the database an instance is written to,
 * warm-up, and what {@link dev.covet.orm.QuerySet} offers the face's other packages; QuerySet and Model
 * methods built from other queries in {@code query}, the relation machinery in {@code relation}, and, beneath
 * the face, persistence in {@code persist}. Public only because Java packages cannot share otherwise; not
 * exported on the module path, not for application code, and it may change in any release.
 */
package dev.covet.orm.internal;
