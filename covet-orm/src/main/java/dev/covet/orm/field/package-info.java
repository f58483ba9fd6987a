/**
 * The field annotations that declare a model's columns ({@code @CharField}, {@code @ForeignKey},
 * {@code @ManyToManyField}...), their kinds and storages, and the conversions between Java values,
 * loose input and database values (including JSON through Covet's own Jackson mapper).
 */
package dev.covet.orm.field;
