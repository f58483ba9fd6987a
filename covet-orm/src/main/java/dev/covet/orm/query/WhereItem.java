package dev.covet.orm.query;

/** A node of a WHERE (or HAVING) tree. */
public sealed interface WhereItem permits WhereNode, Lookup, MatchNothing, Condition {
}
