/**
 * The {@code covet} command: {@code makemigrations}, {@code migrate}, {@code showmigrations},
 * {@code sqlmigrate}, {@code squashmigrations}, {@code lintmigrations}, {@code check}, {@code inspectdb},
 * {@code dbshell} and {@code createtables}, with settings from {@code covet.properties} and the environment.
 */
package dev.covet.cli;
