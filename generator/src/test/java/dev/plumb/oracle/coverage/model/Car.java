package dev.plumb.oracle.coverage.model;

import jakarta.persistence.*;

@Entity
@DiscriminatorValue("CAR")
public class Car extends Vehicle {
    private int seats;
}
