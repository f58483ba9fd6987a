package dev.covet.orm.query;

/**
 * A condition no row meets, such as {@code id__in} an empty list. A query whose whole filter
 * is this returns nothing without asking the database; negated, it matches everything.
 */
public enum MatchNothing implements WhereItem {
    /** The only instance. */
    INSTANCE
}
