/**
 * Annotations an application's entities may depend on to declare intent Plumb must not guess, such as renames.
 * Retained at run time and read by Plumb's entity reader through reflection; no dependencies, not even Hibernate.
 */
package dev.plumb.annotations;
