package dev.covet.orm.models;

public enum Color { RED, GREEN, BLUE }
