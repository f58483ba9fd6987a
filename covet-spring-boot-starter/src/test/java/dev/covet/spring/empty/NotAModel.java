package dev.covet.spring.empty;

/** A package with no models in it. */
public class NotAModel {
}
