package dev.plumb.oracle.petclinic;

import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** First and last name, camel-case attributes that Spring Boot's naming turns into snake case. */
@MappedSuperclass
public class Person extends BaseEntity {
    @NotBlank
    @Size(max = 30)
    private String firstName;

    @NotBlank
    @Size(max = 30)
    private String lastName;
}
