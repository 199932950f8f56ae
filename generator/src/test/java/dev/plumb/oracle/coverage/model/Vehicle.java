package dev.plumb.oracle.coverage.model;

import jakarta.persistence.*;

/** SINGLE_TABLE inheritance: discriminator column with Hibernate's check of the known values. */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "vehicle_type", length = 16)
public abstract class Vehicle {
    @Id
    private Long id;

    private String plate;
}
