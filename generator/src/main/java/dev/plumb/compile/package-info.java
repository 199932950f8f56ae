/**
 * Loads {@link dev.plumb.runtime.Migration} implementations for {@code migrate}, {@code rollback} and {@code status}:
 * from source roots (compiled in memory with the JDK's compiler, so the generated {@code .java} files can be applied
 * without a build), from class directories and from jars.
 */
package dev.plumb.compile;
