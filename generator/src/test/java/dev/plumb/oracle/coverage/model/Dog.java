package dev.plumb.oracle.coverage.model;

import jakarta.persistence.*;

@Entity
public class Dog extends Animal {
    private boolean trained;
}
