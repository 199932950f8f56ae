package dev.plumb.oracle.petclinic;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotBlank;

/** A named entity: {@code @NotBlank} makes the column NOT NULL in Hibernate's DDL. */
@MappedSuperclass
public class NamedEntity extends BaseEntity {
    @Column(name = "name")
    @NotBlank
    private String name;
}
