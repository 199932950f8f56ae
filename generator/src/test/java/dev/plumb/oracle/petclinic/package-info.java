/**
 * A model in the shape of the common Spring pet-clinic sample, written for Plumb's oracle suite: an id-bearing
 * {@code @MappedSuperclass} chain, owners with pets and visits, vets with a {@code Set<Specialty>} many-to-many whose
 * join columns sort the other way round ({@code vet_id}, {@code specialty_id}), Bean Validation on names and contact
 * fields, and Spring Boot's naming ({@code CamelCaseToUnderscoresNamingStrategy} with
 * {@link dev.plumb.oracle.petclinic.SpringStyleImplicitNamingStrategy}).
 */
package dev.plumb.oracle.petclinic;
