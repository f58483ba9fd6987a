/**
 * What the face's packages share and applications do not see: row readers, annotations, warm-up, and what
 * {@link dev.covet.orm.QuerySet} offers the face's other packages; persistence in {@code persist}, the
 * relation machinery in {@code relation}, query helpers in {@code query}. Public only because Java
 * packages cannot share otherwise; not exported on the module path, not for application code, and it
 * may change in any release.
 */
package dev.covet.orm.internal;
