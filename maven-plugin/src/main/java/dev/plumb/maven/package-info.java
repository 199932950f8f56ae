/**
 * The Maven plugin ({@code plumb:generate}, {@code plumb:migrate}, {@code plumb:check}, ...): thin goals that run the
 * CLI's commands in-process on the project's own classes, dependencies and sources.
 */
package dev.plumb.maven;
