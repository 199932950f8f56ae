package dev.plumb.oracle.coverage.model;

import jakarta.persistence.*;

@Entity
@DiscriminatorValue("TRUCK")
public class Truck extends Vehicle {
    private Double payload;
}
