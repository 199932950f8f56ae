package dev.plumb.oracle.coverage.model;

import jakarta.persistence.*;

/** TABLE_PER_CLASS inheritance: every concrete class its own complete table. */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Animal {
    @Id
    private Long id;

    private String name;
}
