package dev.plumb.oracle.coverage.model;

import jakarta.persistence.*;

@Entity
public class Cat extends Animal {
    private int lives;
}
